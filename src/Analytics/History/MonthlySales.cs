using Analytics.Common;

namespace Analytics.History;

/// <summary>Sales booked in one calendar month, for one business line or for all.</summary>
/// <param name="Year">The year, 1900-2999.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Line">The business line, or null when the history does not split by line.</param>
/// <param name="Amount">Sales in the month, 萬元, &gt;= 0.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record MonthlySales(int Year, int Month, string? Line, decimal Amount, SourceLocation Source)
{
    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = Preconditions.InRange(Year, 1900, 2999);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, 12);

    /// <summary>The amount (validated: &gt;= 0).</summary>
    public decimal Amount { get; } = Preconditions.NonNegative(Amount);
}
