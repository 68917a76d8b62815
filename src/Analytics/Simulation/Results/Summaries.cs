using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Results;

/// <summary>
/// Turns an output's per-trial values into its <see cref="OutputSummary"/>. One thread, in trial
/// order, so the figures never depend on the thread count; the sums run in 8 lanes (a fixed order,
/// so still the same bits every time) because a single running sum would wait on each addition.
/// </summary>
internal static class Summaries
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OutputSummary Summarise(string name, double[] values, double? target, SamplerKind sampler, int blockSize)
    {
        var n = values.Length;
        var convergence = Convergence(values, target, out var sum, out var hits);
        var mean = sum / n;
        var threshold = target ?? double.PositiveInfinity;
        var sumSquares = SquaredDeviations(values, mean);
        var sd = n > 1 ? Math.Sqrt(sumSquares / (n - 1)) : 0;
        var blocks = (n + blockSize - 1) / blockSize;

        // A Latin hypercube needs replicates for an honest error: its blocks. With fewer than two
        // blocks fall back to the independent-trials formula (conservative for a hypercube).
        var byBlocks = sampler == SamplerKind.LatinHypercube && blocks >= 2;
        var meanError = byBlocks ? BlockStandardError(values, blockSize, v => v) : sd / Math.Sqrt(n);
        ProbabilityEstimate? probability = null;
        if (target is not null)
        {
            probability = byBlocks
                ? ProbabilityEstimate.FromBlocks((double)hits / n, BlockStandardError(values, blockSize, v => v >= threshold ? 1 : 0))
                : ProbabilityEstimate.FromIndependentTrials(hits, n);
        }

        return new OutputSummary(
            name,
            n,
            mean,
            sd,
            meanError,
            byBlocks ? StandardErrorMethod.BetweenBlocks : StandardErrorMethod.IndependentTrials,
            Percentiles(values),
            target,
            probability,
            convergence);
    }

    // Standard error of the overall mean of f from the block means: sqrt(B/(B−1) Σ (n_b/N)² (m_b − m)²).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BlockStandardError(double[] values, int blockSize, Func<double, double> f)
    {
        var n = values.Length;
        var blocks = (n + blockSize - 1) / blockSize;
        var means = new double[blocks];
        var weights = new double[blocks];
        var overall = 0.0;
        for (var b = 0; b < blocks; b++)
        {
            var start = b * blockSize;
            var count = Math.Min(blockSize, n - start);
            var sum = 0.0;
            for (var i = start; i < start + count; i++)
            {
                sum += f(values[i]);
            }

            means[b] = sum / count;
            weights[b] = (double)count / n;
            overall += sum;
        }

        overall /= n;
        var variance = 0.0;
        for (var b = 0; b < blocks; b++)
        {
            variance += weights[b] * weights[b] * (means[b] - overall) * (means[b] - overall);
        }

        return Math.Sqrt(variance * blocks / (blocks - 1));
    }

    private static Percentiles Percentiles(double[] values)
    {
        var q = Quantiles(values, [.. Results.Percentiles.Levels]);
        return new Percentiles(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
    }

    /// <summary>
    /// Type 7 quantiles (Hyndman and Fan 1996, R's default) of <paramref name="values"/> (at least
    /// one; left unchanged) at each of <paramref name="probabilities"/> (each in [0, 1]), in that
    /// order: at h = (n − 1)p, the order statistics ⌊h⌋ and ⌊h⌋ + 1 interpolated linearly. The one
    /// implementation: the run summaries, the analyses' statistics and the splits' sub-targets all
    /// read quantiles through it (or <see cref="SortedQuantile"/>), so a P10 is the same number everywhere.
    /// </summary>
    internal static double[] Quantiles(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities)
    {
        var n = values.Length;
        var ranks = new List<int>(2 * probabilities.Length);
        foreach (var p in probabilities)
        {
            var (lo, hi, _) = Type7(n, p);
            ranks.Add(lo);
            ranks.Add(hi);
        }

        int[] wanted = [.. ranks.Distinct().Order()];
        var order = Selection.Ranks(values, wanted);
        var q = new double[probabilities.Length];
        for (var i = 0; i < q.Length; i++)
        {
            var (lo, hi, weight) = Type7(n, probabilities[i]);
            q[i] = Interpolate(order[Array.IndexOf(wanted, lo)], order[Array.IndexOf(wanted, hi)], weight);
        }

        return q;
    }

    /// <summary>The type 7 quantile (see <see cref="Quantiles"/>) at <paramref name="probability"/> (in [0, 1]) of <paramref name="sorted"/>, ascending and not empty.</summary>
    internal static double SortedQuantile(ReadOnlySpan<double> sorted, double probability)
    {
        var (lo, hi, weight) = Type7(sorted.Length, probability);
        return Interpolate(sorted[lo], sorted[hi], weight);
    }

    // The ranks (0-based) around position h = (n − 1)p and the weight of the upper one.
    private static (int Low, int High, double Weight) Type7(int n, double probability)
    {
        var h = (n - 1) * probability;
        var lo = (int)Math.Floor(h);
        return (lo, Math.Min(lo + 1, n - 1), h - lo);
    }

    private static double Interpolate(double low, double high, double weight) => low + (weight * (high - low));

    // Σ (v − mean)², in 8 lanes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredDeviations(ReadOnlySpan<double> values, double mean)
    {
        var m = Vector512.Create(mean);
        var lanes = Vector512<double>.Zero;
        var i = 0;
        for (; i <= values.Length - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            var d = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(values), (nuint)i) - m;
            lanes = Vector512.FusedMultiplyAdd(d, d, lanes);
        }

        var total = Vector512.Sum(lanes);
        for (; i < values.Length; i++)
        {
            total += (values[i] - mean) * (values[i] - mean);
        }

        return total;
    }

    // Running estimates in trial order, at 1000, 2000, 5000, 10000, ... trials and at the end; sums
    // are of x − x0 (the first value) so the running variance does not cancel catastrophically
    // when the mean is large against the spread. Each stretch between two points is summed in 8
    // lanes and added to the running totals at the point.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<ConvergencePoint> Convergence(double[] values, double? target, out double total, out long hits)
    {
        var points = new List<ConvergencePoint>();
        var shift = values[0];
        var threshold = target ?? double.PositiveInfinity;
        double sum = 0, sumSquares = 0;
        total = 0;
        hits = 0;
        long next = 1000;
        var step = 0;
        var start = 0;
        while (start < values.Length)
        {
            var end = (int)Math.Min(next, values.Length);
            var stretch = Stretch.Of(values.AsSpan(start, end - start), shift, threshold);
            total += stretch.Total;
            sum += stretch.Shifted;
            sumSquares += stretch.ShiftedSquares;
            hits += stretch.Hits;
            var count = end;
            var meanShift = sum / count;
            var variance = count > 1 ? Math.Max(0, (sumSquares - (count * meanShift * meanShift)) / (count - 1)) : 0;
            points.Add(new ConvergencePoint(count, total / count, Math.Sqrt(variance / count), target is null ? null : (double)hits / count));
            while (next <= count)
            {
                // 1000, 2000, 5000, 10000, 20000, 50000, ...
                step++;
                next = (step % 3) switch { 0 => next * 2, 1 => next * 2, _ => next / 2 * 5 };
            }

            start = end;
        }

        return points;
    }

    /// <summary>The sums of one stretch of values: Σx, Σ(x − shift), Σ(x − shift)² and the count of x &gt;= threshold.</summary>
    private readonly record struct Stretch(double Total, double Shifted, double ShiftedSquares, long Hits)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Stretch Of(ReadOnlySpan<double> values, double shift, double threshold)
        {
            var s = Vector512.Create(shift);
            var t = Vector512.Create(threshold);
            var total = Vector512<double>.Zero;
            var shifted = Vector512<double>.Zero;
            var squares = Vector512<double>.Zero;
            var hits = Vector512<long>.Zero;
            ref var start = ref MemoryMarshal.GetReference(values);
            var i = 0;
            for (; i <= values.Length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)i);
                var d = v - s;
                total += v;
                shifted += d;
                squares = Vector512.FusedMultiplyAdd(d, d, squares);
                hits -= Vector512.GreaterThanOrEqual(v, t).AsInt64(); // a true lane is −1
            }

            var result = new Stretch(Vector512.Sum(total), Vector512.Sum(shifted), Vector512.Sum(squares), Vector512.Sum(hits));
            for (; i < values.Length; i++)
            {
                var v = values[i];
                var d = v - shift;
                result = new Stretch(result.Total + v, result.Shifted + d, result.ShiftedSquares + (d * d), result.Hits + (v >= threshold ? 1 : 0));
            }

            return result;
        }
    }
}
