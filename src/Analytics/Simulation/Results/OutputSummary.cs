using Analytics.Statistics;

namespace Analytics.Simulation.Results;

/// <summary>What a run says about one output.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Trials">Number of trials.</param>
/// <param name="Mean">Mean over trials.</param>
/// <param name="StandardDeviation">Standard deviation over trials (divisor n − 1).</param>
/// <param name="MeanStandardError">Standard error of <paramref name="Mean"/>.</param>
/// <param name="StandardErrorMethod">How the standard errors were estimated.</param>
/// <param name="Percentiles">P5 to P95.</param>
/// <param name="Target">The threshold, or null.</param>
/// <param name="ProbabilityOfTarget">P(output &gt;= target) with its error, or null without a target.</param>
/// <param name="Convergence">Running estimates at 1, 2, 5 × 10^k trials and at the end.</param>
public sealed record OutputSummary(
    string Name,
    long Trials,
    double Mean,
    double StandardDeviation,
    double MeanStandardError,
    StandardErrorMethod StandardErrorMethod,
    Percentiles Percentiles,
    double? Target,
    Estimate? ProbabilityOfTarget,
    IReadOnlyList<ConvergencePoint> Convergence);
