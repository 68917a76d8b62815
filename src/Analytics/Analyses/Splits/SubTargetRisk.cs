namespace Analytics.Analyses.Splits;

/// <summary>One stream's risk against its sub-target under a split: the sub-target (its share of the target) and how likely and by how much the stream falls short of it.</summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="SubTarget">Its share of the target, 萬元.</param>
/// <param name="Probability">P(stream revenue &gt;= sub-target).</param>
/// <param name="ExpectedShortfall">E[max(0, sub-target − revenue)], 萬元.</param>
public sealed record SubTargetRisk(string Stream, double SubTarget, Statistics.Estimate Probability, double ExpectedShortfall);
