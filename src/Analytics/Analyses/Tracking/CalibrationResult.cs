namespace Analytics.Analyses.Tracking;

/// <summary>How well P(hit | the first m months) predicted true years drawn from the scenario, for one m.</summary>
/// <param name="MonthsObserved">m.</param>
/// <param name="Years">True years predicted.</param>
/// <param name="Unpredicted">True years no prior trial could explain (every weight 0: the year lies beyond the prior trials drawn), left out of the figures; rare with enough prior trials.</param>
/// <param name="Brier">The mean of (prediction − outcome)² over the years predicted.</param>
/// <param name="PriorBrier">The same for the prior P(hit), the one prediction the year's start allows, over the same years.</param>
/// <param name="MeanEffectiveSampleSize">The weights' effective sample size, averaged over the years.</param>
/// <param name="Bins">The reliability table: years binned by prediction (bins of width 0.1 with years in them).</param>
public sealed record CalibrationResult(int MonthsObserved, int Years, int Unpredicted, double Brier, double PriorBrier, double MeanEffectiveSampleSize, IReadOnlyList<CalibrationBin> Bins);
