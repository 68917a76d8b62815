namespace Analytics.Common;

/// <summary>
/// The Monte Carlo error figures the simulation's summaries, the analyses and the charts share,
/// defined once so that a "95% interval" or a "binomial standard error" means the same number everywhere.
/// </summary>
public static class MonteCarlo
{
    /// <summary>The two-sided 95% normal quantile, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>sqrt(p(1 − p)/n): the standard error of a share <paramref name="p"/> of <paramref name="n"/> independent trials (unchecked: the callers hold a share in [0, 1] and n &gt; 0).</summary>
    public static double BinomialStandardError(double p, double n) => Math.Sqrt(p * (1 - p) / n);
}
