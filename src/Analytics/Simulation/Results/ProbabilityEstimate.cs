using Analytics.Common;

namespace Analytics.Simulation.Results;

/// <summary>An estimated probability with its standard error and a 95% interval.</summary>
/// <param name="Probability">The share of trials in which the event happened.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Lower95">Lower end of the 95% interval (Wilson's score interval for independent trials).</param>
/// <param name="Upper95">Upper end of the 95% interval.</param>
/// <param name="Method">How the standard error was estimated.</param>
public sealed record ProbabilityEstimate(double Probability, double StandardError, double Lower95, double Upper95, StandardErrorMethod Method)
{
    private const double Z95 = MonteCarlo.Z95;

    /// <summary>The estimate from <paramref name="successes"/> of <paramref name="trials"/> independent trials, with Wilson's interval.</summary>
    public static ProbabilityEstimate FromIndependentTrials(long successes, long trials)
    {
        var n = (double)trials;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new ProbabilityEstimate(p, MonteCarlo.BinomialStandardError(p, n), Math.Max(0, centre - half), Math.Min(1, centre + half), StandardErrorMethod.IndependentTrials);
    }

    /// <summary>The estimate with a standard error from block replicates and a normal 95% interval (clipped to [0, 1]).</summary>
    public static ProbabilityEstimate FromBlocks(double probability, double standardError)
        => new(probability, standardError, Math.Max(0, probability - (Z95 * standardError)), Math.Min(1, probability + (Z95 * standardError)), StandardErrorMethod.BetweenBlocks);
}
