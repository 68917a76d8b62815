using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>
/// What one split gives, every figure on the same trials as every other split: the probability of
/// reaching the target with the revenue the split's effort brings (the response model), the
/// probability that every stream reaches its sub-target, the expected revenue and its P10, the
/// expected gross margin, and each stream's sub-target risk.
/// </summary>
/// <param name="Split">The split.</param>
/// <param name="ProbabilityOfTarget">P(total &gt;= target).</param>
/// <param name="ProbabilityAllStreams">P(every stream &gt;= its sub-target).</param>
/// <param name="ExpectedRevenue">E[total], 萬元.</param>
/// <param name="P10">The total's 10th percentile, 萬元.</param>
/// <param name="ExpectedMargin">E[Σ margin_k · revenue_k], 萬元, or null when the scenario states no margins.</param>
/// <param name="Streams">Each stream's sub-target risk, in the scenario's order.</param>
public sealed record SplitRow(
    Split Split,
    Estimate ProbabilityOfTarget,
    Estimate ProbabilityAllStreams,
    Estimate ExpectedRevenue,
    double P10,
    double? ExpectedMargin,
    IReadOnlyList<SubTargetRisk> Streams);
