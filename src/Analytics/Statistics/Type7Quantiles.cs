namespace Analytics.Statistics;

/// <summary>
/// Type 7 quantiles (Hyndman and Fan 1996, R's default and NumPy's): at h = (n − 1)p, the order
/// statistics ⌊h⌋ and ⌊h⌋ + 1 interpolated linearly. The one implementation: the run summaries,
/// the analyses' statistics and the splits' sub-targets all read quantiles through it, so a P10 is
/// the same number everywhere. Unchecked: <see cref="TrialStatistics.Quantiles"/> is the checked entry.
/// </summary>
internal static class Type7Quantiles
{
    /// <summary>The quantiles of <paramref name="values"/> (at least one; left unchanged) at each of <paramref name="probabilities"/> (each in [0, 1]), in that order.</summary>
    public static double[] Of(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities)
    {
        var n = values.Length;
        var ranks = new List<int>(2 * probabilities.Length);
        foreach (var p in probabilities)
        {
            var (lo, hi, _) = Ranks(n, p);
            ranks.Add(lo);
            ranks.Add(hi);
        }

        int[] wanted = [.. ranks.Distinct().Order()];
        var order = Selection.Ranks(values, wanted);
        var q = new double[probabilities.Length];
        for (var i = 0; i < q.Length; i++)
        {
            var (lo, hi, weight) = Ranks(n, probabilities[i]);
            q[i] = Interpolate(order[Array.IndexOf(wanted, lo)], order[Array.IndexOf(wanted, hi)], weight);
        }

        return q;
    }

    /// <summary>The quantile at <paramref name="probability"/> (in [0, 1]) of <paramref name="sorted"/>, ascending and not empty.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double probability)
    {
        var (lo, hi, weight) = Ranks(sorted.Length, probability);
        return Interpolate(sorted[lo], sorted[hi], weight);
    }

    // The ranks (0-based) around position h = (n − 1)p and the weight of the upper one.
    internal static (int Low, int High, double Weight) Ranks(int n, double probability)
    {
        var h = (n - 1) * probability;
        var lo = (int)Math.Floor(h);
        return (lo, Math.Min(lo + 1, n - 1), h - lo);
    }

    internal static double Interpolate(double low, double high, double weight) => low + (weight * (high - low));
}
