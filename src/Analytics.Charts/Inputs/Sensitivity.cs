using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>A one-at-a-time sensitivity analysis as the tornado draws it.</summary>
/// <param name="Bars">One bar per input, widest swing first.</param>
/// <param name="Baseline">The result with every input at base.</param>
/// <param name="Metric">What the results are (default P(hit)).</param>
public sealed record Sensitivity(IReadOnlyList<TornadoBar> Bars, double Baseline, TornadoMetric Metric = TornadoMetric.ProbabilityOfHit)
{
    /// <summary>One bar per input, at least one.</summary>
    public IReadOnlyList<TornadoBar> Bars { get; } = Preconditions.NotEmpty(Bars);

    /// <summary>The base result, finite.</summary>
    public double Baseline { get; } = Preconditions.Finite(Baseline);
}
