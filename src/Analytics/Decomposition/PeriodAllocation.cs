using Analytics.Common;

namespace Analytics.Decomposition;

/// <summary>An amount phased over the year: four quarters and twelve months that add up to it exactly.</summary>
/// <param name="Total">The phased amount, 萬元.</param>
/// <param name="Quarters">Q1..Q4, 萬元; they add up to <paramref name="Total"/>.</param>
/// <param name="Months">January..December, 萬元; each quarter's three months add up to the quarter.</param>
public sealed record PeriodAllocation(decimal Total, IReadOnlyList<decimal> Quarters, IReadOnlyList<decimal> Months)
{
    /// <summary>The three monthly amounts of quarter <paramref name="quarter"/> (1-4), 萬元, in calendar order (<see cref="CalendarQuarters.MonthsOf"/>).</summary>
    public IReadOnlyList<decimal> MonthsOf(int quarter) => [.. CalendarQuarters.MonthsOf(quarter).Select(m => Months[m - 1])];
}
