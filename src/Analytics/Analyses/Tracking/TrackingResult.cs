using Analytics.Simulation.Results;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// A plan's year so far and what it says about the rest: the exact comparison with the plan, the
/// year given what was observed (P(annual target | observed) and the rest), P(hit) month by month
/// as the actuals arrived, the monthly fan, what the pipeline facts say about the scenario's rates,
/// and (when the quarterly rule fired) the re-plan.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Manifest">The prior trials' run (seed, trials, scenario hash).</param>
/// <param name="YearToDate">The year so far against the plan.</param>
/// <param name="Forecast">The year given everything observed.</param>
/// <param name="PriorHit">P(annual target) before the year, on the same trials and seed.</param>
/// <param name="ByMonth">P(hit) given January to k, for k = 0 to the last month observed.</param>
/// <param name="Fan">Cumulative revenue: booked, then the rest of the year given it.</param>
/// <param name="Rates">What the outcomes observed say about each probability they count.</param>
/// <param name="Counts">What the decided chances say about each count.</param>
/// <param name="Replan">The re-plan, or null when the rule did not fire on a complete quarter (or no month remains).</param>
/// <param name="Method">How P(hit | observed) is estimated, in words.</param>
/// <param name="Warnings">What the reader should know about the figures' precision (e.g. a small effective sample size and how many trials would help).</param>
public sealed record TrackingResult(
    string Scenario,
    RunManifest Manifest,
    YearToDate YearToDate,
    YearForecast Forecast,
    Estimate PriorHit,
    IReadOnlyList<MonthlyHit> ByMonth,
    MonthlyFan Fan,
    IReadOnlyList<RateUpdate> Rates,
    IReadOnlyList<CountUpdate> Counts,
    Replan? Replan,
    string Method,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Whether the year lies outside what the scenario expected, so the figures come from the approximation
    /// of <see cref="TrackingAnalysis.OutsideMethod"/> rather than the likelihood weights (<see cref="TrackingAnalysis.Condition"/>);
    /// <see cref="Warnings"/> then says why and that the scenario should be revised.
    /// </summary>
    public bool OutsideScenario { get; init; }
}
