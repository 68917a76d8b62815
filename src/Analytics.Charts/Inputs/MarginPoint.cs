using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One split on the margin/P(hit) chart: its P(hit) and its expected gross margin.</summary>
/// <param name="Label">The split, e.g. "15/55/30", or a name such as "Best 15/55/30".</param>
/// <param name="ProbabilityOfHit">P(hit), 0-1.</param>
/// <param name="ExpectedMargin">Expected gross margin, 萬元.</param>
public sealed record MarginPoint(BilingualText Label, double ProbabilityOfHit, double ExpectedMargin)
{
    /// <summary>The label.</summary>
    public BilingualText Label { get; } = Preconditions.NotNull(Label);

    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);

    /// <summary>Expected gross margin, 萬元, finite.</summary>
    public double ExpectedMargin { get; } = Preconditions.Finite(ExpectedMargin);
}
