using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>One business line's year given what was observed.</summary>
/// <param name="Stream">The scenario's stream.</param>
/// <param name="Target">Its target (the line's), 萬元.</param>
/// <param name="Booked">What it booked so far, 萬元.</param>
/// <param name="Hit">P(the line's annual revenue &gt;= its target | observed), with its importance-sampling error.</param>
/// <param name="Annual">P10/P50/P90 of its annual revenue given what was observed (weighted quantiles).</param>
public sealed record StreamForecast(string Stream, double Target, double Booked, Estimate Hit, OutcomeRange Annual);
