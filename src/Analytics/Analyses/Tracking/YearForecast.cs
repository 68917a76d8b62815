using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The year's outcome given what was observed by month k: P(annual &gt;= target | observed) from
/// importance weights on the scenario's prior trials (<see cref="ObservedYearLikelihood"/>), with its
/// delta-method standard error and the effective sample size of the weights.
/// </summary>
/// <param name="MonthsObserved">k.</param>
/// <param name="Target">The annual target, 萬元.</param>
/// <param name="Trials">Prior trials weighted.</param>
/// <param name="EffectiveSampleSize">(Σ w)² / Σ w².</param>
/// <param name="Hit">P(annual &gt;= target | observed).</param>
/// <param name="Total">P10/P50/P90 of the year's total given what was observed.</param>
/// <param name="ExpectedShortfall">E[max(0, target − total) | observed], 萬元.</param>
/// <param name="Streams">Each line.</param>
public sealed record YearForecast(int MonthsObserved, double Target, int Trials, double EffectiveSampleSize, Estimate Hit, OutcomeRange Total, Estimate ExpectedShortfall, IReadOnlyList<StreamForecast> Streams);
