using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>P(annual target) as the year's actuals arrived: given January to <paramref name="Month"/> (0: before the year).</summary>
/// <param name="Month">k, 0-12.</param>
/// <param name="Hit">P(annual &gt;= target | the first k months and their pipeline facts); null when nothing could be estimated (<see cref="TrackingAnalysis.Run(Decomposition.PlanDecomposition, Analytics.Tracking.Actuals, PipelineBinding, Scenarios.ScenarioPlanMatch, PriorTrials, int?)"/> always gives one: months no simulated year explains take the approximation of <see cref="TrackingAnalysis.OutsideMethod"/>).</param>
/// <param name="EffectiveSampleSize">The weights' effective sample size (0 when no simulated year is consistent).</param>
public sealed record MonthlyHit(int Month, Estimate? Hit, double EffectiveSampleSize)
{
    /// <summary>k (validated: 0-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 0, CalendarMonths.Count);

    /// <summary>Whether the months to k lie outside the scenario, so <see cref="Hit"/> is the approximation of <see cref="TrackingAnalysis.OutsideMethod"/>.</summary>
    public bool OutsideScenario { get; init; }
}
