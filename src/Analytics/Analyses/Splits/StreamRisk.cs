namespace Analytics.Analyses.Splits;

/// <summary>One stream's risk under a split: its sub-target (its share of the target) and how likely and by how much it falls short.</summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="SubTarget">Its share of the target, 萬元.</param>
/// <param name="Probability">P(stream revenue &gt;= sub-target).</param>
/// <param name="ExpectedShortfall">E[max(0, sub-target − revenue)], 萬元.</param>
public sealed record StreamRisk(string Stream, double SubTarget, Statistics.Estimate Probability, double ExpectedShortfall);
