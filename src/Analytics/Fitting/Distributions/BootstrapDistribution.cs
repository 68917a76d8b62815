using Analytics.Common;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// What a parametric bootstrap of one fitted family gave: for each replicate that could be refitted,
/// the goodness-of-fit statistics of the refit and its parameters, in replicate order.
/// </summary>
/// <param name="Replicates">Replicates drawn.</param>
/// <param name="KolmogorovSmirnov">D of each refitted replicate.</param>
/// <param name="AndersonDarling">A² of each refitted replicate.</param>
/// <param name="Parameters">θ of each refitted replicate.</param>
public sealed record BootstrapDistribution(int Replicates, IReadOnlyList<double> KolmogorovSmirnov, IReadOnlyList<double> AndersonDarling, IReadOnlyList<double[]> Parameters)
{
    /// <summary>Replicates that could not be refitted (e.g. a draw with all values equal), left out of the p-values.</summary>
    public int Failed => Replicates - KolmogorovSmirnov.Count;

    /// <summary>
    /// The bootstrap p-value of an observed statistic: (1 + #{replicates at least as large}) / (1 + replicates),
    /// which is exactly uniform under the null when the statistic's distribution is continuous.
    /// </summary>
    public static double PValue(double observed, IReadOnlyList<double> replicates)
    {
        Preconditions.NotNull(replicates);
        return (1.0 + replicates.Count(s => s >= observed)) / (1.0 + replicates.Count);
    }

    /// <summary>The empirical <paramref name="level"/> quantile of a statistic (type 7, as R's default), e.g. a critical value.</summary>
    public static double Quantile(IReadOnlyList<double> replicates, double level)
    {
        Preconditions.NotEmpty(replicates);
        Preconditions.Probability(level);
        var sorted = replicates.Order().ToArray();
        var h = (sorted.Length - 1) * level;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }
}
