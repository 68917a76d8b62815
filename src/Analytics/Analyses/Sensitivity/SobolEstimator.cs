using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using Analytics.Statistics;

namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// Sobol indices from the outputs of a Saltelli design: f(A), f(B) and f(A_B^i) for each input i,
/// where A and B are independent N-row samples of the inputs and A_B^i is A with column i taken
/// from B. Variance from f(A) and f(B) pooled; first order V_i = mean((f(B) − m)(f(A_B^i) − f(A)))
/// (Saltelli et al. 2010, with f(B) centred on the pooled mean m: the expectation is unchanged
/// because E[f(A_B^i) − f(A)] = 0, and the variance falls a great deal when the output's mean is
/// large against its spread, as revenue's is); total V_Ti = mean((f(A) − f(A_B^i))²)/2 (Jansen
/// 1999). Errors by bootstrap over the N rows (the rows of all matrices resampled together).
/// </summary>
public static class SobolEstimator
{
    /// <summary>The indices of every input.</summary>
    /// <param name="inputs">Input names, one per <paramref name="fAB"/> column.</param>
    /// <param name="fA">f(A), N values.</param>
    /// <param name="fB">f(B), N values.</param>
    /// <param name="fAB">f(A_B^i) for each input, N values each.</param>
    /// <param name="bootstrap">Bootstrap replicates, 0 (no intervals: SE 0, interval = the estimate) to 100,000 (default 500).</param>
    /// <param name="seed">Seed of the resampling (default 1).</param>
    /// <exception cref="ArgumentException">Lengths differ, or the output does not vary (no variance to share; <see cref="TryEstimate"/> returns null instead).</exception>
    public static IReadOnlyList<SobolIndex> Estimate(IReadOnlyList<string> inputs, ReadOnlySpan<double> fA, ReadOnlySpan<double> fB, IReadOnlyList<double[]> fAB, int bootstrap = 500, ulong seed = 1)
        => TryEstimate(inputs, fA, fB, fAB, bootstrap, seed)
            ?? throw new ArgumentException("the output does not vary over the design (f(A) and f(B) all equal, variance 0): Sobol indices, shares of that variance, are undefined.", nameof(fA));

    /// <summary>The indices of every input, or null when the output does not vary over the design (variance 0: the indices, shares of it, are undefined).</summary>
    /// <inheritdoc cref="Estimate" path="/param"/>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static IReadOnlyList<SobolIndex>? TryEstimate(IReadOnlyList<string> inputs, ReadOnlySpan<double> fA, ReadOnlySpan<double> fB, IReadOnlyList<double[]> fAB, int bootstrap = 500, ulong seed = 1)
    {
        Preconditions.NotNull(inputs);
        Preconditions.NotNull(fAB);
        Preconditions.InRange(bootstrap, 0, 100_000);
        var n = fA.Length;
        if (n < 2 || fB.Length != n || fAB.Count != inputs.Count || fAB.Any(c => c.Length != n))
        {
            throw new ArgumentException($"fA, fB and every fAB column must hold the same N >= 2 values, one fAB column per input ({inputs.Count}); had {fA.Length}, {fB.Length} and [{string.Join(", ", fAB.Select(c => c.Length))}].", nameof(fAB));
        }

        var a = fA.ToArray();
        var b = fB.ToArray();
        var all = Enumerable.Range(0, n).ToArray();
        var point = Indices(a, b, fAB, all);
        if (point is null)
        {
            return null;
        }

        var replicates = new List<(double[] S, double[] ST)>(bootstrap);
        var rng = new Xoshiro256StarStar(RandomStreams.Seed(seed, 0, RandomStreams.Key("sobol.bootstrap")));
        var rows = new int[n];
        for (var r = 0; r < bootstrap; r++)
        {
            for (var j = 0; j < n; j++)
            {
                rows[j] = (int)UniformInteger.Below(ref rng, (ulong)n);
            }

            if (Indices(a, b, fAB, rows) is { } replicate)
            {
                replicates.Add(replicate);
            }
        }

        return inputs.Select((name, i) => new SobolIndex(
            name,
            Summarise(point.Value.S[i], replicates.Select(x => x.S[i]).ToArray(), out var first),
            first,
            Summarise(point.Value.ST[i], replicates.Select(x => x.ST[i]).ToArray(), out var total),
            total)).ToArray();
    }

    private static Estimate Summarise(double value, double[] replicates, out (double, double) interval)
    {
        if (replicates.Length < 2)
        {
            interval = (value, value);
            return new Estimate(value, 0);
        }

        var q = TrialStatistics.Quantiles(replicates, [0.025, 0.975]);
        interval = (q[0], q[1]);
        // The mean once, not once per replicate (that made the standard error O(R²) in the replicates).
        var mean = replicates.Average();
        return new Estimate(value, Math.Sqrt(replicates.Sum(x => (x - mean) * (x - mean)) / (replicates.Length - 1)));
    }

    private static (double[] S, double[] ST)? Indices(double[] a, double[] b, IReadOnlyList<double[]> ab, int[] rows)
    {
        var n = rows.Length;
        double mean = 0;
        foreach (var j in rows)
        {
            mean += a[j] + b[j];
        }

        mean /= 2 * n;
        double variance = 0;
        foreach (var j in rows)
        {
            variance += ((a[j] - mean) * (a[j] - mean)) + ((b[j] - mean) * (b[j] - mean));
        }

        variance /= (2 * n) - 1;
        if (!(variance > 0))
        {
            return null;
        }

        var s = new double[ab.Count];
        var st = new double[ab.Count];
        for (var i = 0; i < ab.Count; i++)
        {
            var column = ab[i];
            double first = 0, total = 0;
            foreach (var j in rows)
            {
                first += (b[j] - mean) * (column[j] - a[j]);
                total += (a[j] - column[j]) * (a[j] - column[j]);
            }

            s[i] = first / n / variance;
            st[i] = total / (2 * n) / variance;
        }

        return (s, st);
    }
}
