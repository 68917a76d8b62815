using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;

namespace Analytics.Simulation.Results;

/// <summary>
/// Turns an output's per-trial values into its <see cref="OutputSummary"/>. One thread, in trial
/// order, so the figures never depend on the thread count; the sums run in 8 lanes (a fixed order,
/// so still the same bits every time) because a single running sum would wait on each addition.
/// </summary>
internal static class Summaries
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OutputSummary Summarise(string name, double[] values, double? target, SamplerKind sampler, int blockSize, string? origin = null)
    {
        var n = values.Length;
        var convergence = Convergence(values, target, out var sum, out var hits);
        NonFinite.Check(sum, values, name, origin);
        var mean = sum / n;
        var threshold = target ?? double.PositiveInfinity;
        var sumSquares = SquaredDeviations(values, mean);
        var sd = n > 1 ? Math.Sqrt(sumSquares / (n - 1)) : 0;
        NonFinite.Check(sd, values, name, origin);

        // A Latin hypercube needs replicates for an honest error: its blocks (see TrialDesign).
        var method = new TrialDesign(sampler, blockSize).MethodFor(n);
        var byBlocks = method == StandardErrorMethod.BetweenBlocks;
        var meanError = byBlocks ? TrialStatistics.BetweenBlocks(values, blockSize) : sd / Math.Sqrt(n);
        Estimate? probability = null;
        if (target is not null)
        {
            probability = byBlocks
                ? Estimate.ProportionFromBlocks((double)hits / n, TrialStatistics.BetweenBlocks(TrialStatistics.Indicators(values, threshold), blockSize))
                : Estimate.Wilson(hits, n);
        }

        return new OutputSummary(
            name,
            n,
            mean,
            sd,
            meanError,
            method,
            Percentiles(values),
            target,
            probability,
            convergence);
    }

    private static Percentiles Percentiles(double[] values)
    {
        var q = Type7Quantiles.Of(values, [.. Results.Percentiles.Levels]);
        return new Percentiles(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
    }

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
            points.Add(new ConvergencePoint(count, total / count, Math.Sqrt(variance / count), target is null ? null : hits));
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
