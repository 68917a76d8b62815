using Analytics.Statistics;

namespace Analytics.Analyses.Trigger;

/// <summary>The quarterly rule in one quarter: how often it fires and what a firing says about the year.</summary>
/// <param name="Quarter">1-4.</param>
/// <param name="Target">The quarter's target in the plan (萬元).</param>
/// <param name="ExpectedRevenue">E[quarter revenue] (萬元).</param>
/// <param name="Firing">P(quarter revenue &lt; threshold × quarter target), plan targets.</param>
/// <param name="FiringWithReplan">The same when each firing re-phases the remaining target over the remaining quarters (same as <paramref name="Firing"/> in Q1).</param>
/// <param name="HitGivenFired">P(annual target | the rule fired this quarter), or null when it never fired.</param>
/// <param name="HitGivenNotFired">P(annual target | it did not fire this quarter), or null when it always fired.</param>
/// <param name="YearToDate">Year-to-date completion after this quarter: its P10, P50 and P90 (revenue so far over the plan's target so far).</param>
/// <param name="HitByCompletion">P(annual target) by year-to-date completion after this quarter, in bins.</param>
public sealed record QuarterTrigger(
    int Quarter,
    double Target,
    Estimate ExpectedRevenue,
    Estimate Firing,
    Estimate FiringWithReplan,
    Estimate? HitGivenFired,
    Estimate? HitGivenNotFired,
    (double P10, double P50, double P90) YearToDate,
    IReadOnlyList<CompletionBin> HitByCompletion);
