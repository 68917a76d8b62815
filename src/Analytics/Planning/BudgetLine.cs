using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A line of the marketing budget (budget.csv).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Amount">Amount, 萬元.</param>
/// <param name="Funds">What it pays for: "trade_shows" or an incentive id; null for a reserve.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record BudgetLine(string Id, string NameZh, string NameEn, decimal Amount, string? Funds, SourceLocation Source)
{
    /// <summary>Amount, 萬元.</summary>
    public decimal Amount { get; } = Preconditions.NonNegative(Amount);
}
