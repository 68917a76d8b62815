using Analytics.Common;

namespace Analytics.Planning;

/// <summary>An incentive or support measure (incentives.csv).</summary>
/// <param name="Id">Identifier, referenced by budget lines.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">How <paramref name="Value"/> is expressed.</param>
/// <param name="Value">The rate (fraction), count or amount.</param>
/// <param name="Unit">The unit in words.</param>
/// <param name="AppliesTo">What it applies to (a business type, channel, team).</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Incentive(string Id, string NameZh, string NameEn, IncentiveKind Kind, decimal Value, string Unit, string AppliesTo, SourceLocation Source)
{
    /// <summary>The rate, count or amount (&gt;= 0).</summary>
    public decimal Value { get; } = Preconditions.NonNegative(Value);
}
