using Analytics.Common;

namespace Analytics.Charts.Report;

/// <summary>
/// The simulation's headline as the report shows it: the probability of reaching the target
/// with its Monte Carlo standard error, and the P10/P50/P90 of the year's revenue.
/// </summary>
/// <param name="ProbabilityOfHit">P(revenue &gt;= target), 0-1.</param>
/// <param name="StandardError">Its standard error, 0-1.</param>
/// <param name="P10">10th percentile of revenue, 萬元.</param>
/// <param name="P50">Median revenue, 萬元.</param>
/// <param name="P90">90th percentile of revenue, 萬元.</param>
/// <param name="Trials">Number of simulated years.</param>
/// <param name="Seed">The seed the run used (so the figures can be reproduced).</param>
public sealed record RiskHeadline(double ProbabilityOfHit, double StandardError, double P10, double P50, double P90, long Trials, ulong Seed)
{
    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);

    /// <summary>Standard error, 0-1.</summary>
    public double StandardError { get; } = Preconditions.Probability(StandardError);

    /// <summary>P10, 萬元.</summary>
    public double P10 { get; } = Preconditions.Finite(P10);

    /// <summary>P50, 萬元.</summary>
    public double P50 { get; } = Preconditions.Finite(P50);

    /// <summary>P90, 萬元.</summary>
    public double P90 { get; } = Preconditions.Finite(P90);

    /// <summary>Trials, at least 1.</summary>
    public long Trials { get; } = Trials >= 1 ? Trials : throw new ArgumentOutOfRangeException(nameof(Trials), Trials, "Trials must be at least 1.");
}
