using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>P(annual target) as the year's actuals arrived: given January to <paramref name="Month"/> (0: before the year).</summary>
/// <param name="Month">k, 0-12.</param>
/// <param name="Hit">P(annual &gt;= target | the first k months and their pipeline facts).</param>
/// <param name="EffectiveSampleSize">The weights' effective sample size.</param>
public sealed record MonthlyHit(int Month, Estimate Hit, double EffectiveSampleSize)
{
    /// <summary>k (validated: 0-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 0, CalendarMonths.Count);
}
