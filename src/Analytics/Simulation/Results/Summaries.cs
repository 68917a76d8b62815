using System.Runtime.CompilerServices;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Results;

/// <summary>Turns an output's per-trial values into its <see cref="OutputSummary"/>. Sequential and in trial order, so the figures never depend on the thread count.</summary>
internal static class Summaries
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OutputSummary Summarise(string name, double[] values, double? target, SamplerKind sampler, int blockSize)
    {
        var n = values.Length;
        var convergence = Convergence(values, target, out var sum);
        var mean = sum / n;
        var sumSquares = 0.0;
        var hits = 0L;
        var threshold = target ?? double.PositiveInfinity;
        foreach (var v in values)
        {
            sumSquares += (v - mean) * (v - mean);
            hits += v >= threshold ? 1 : 0;
        }

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
        var n = values.Length;
        var positions = Results.Percentiles.Levels.Select(p => (n - 1) * p).ToArray();
        var ranks = positions.SelectMany(h => new[] { (int)Math.Floor(h), Math.Min((int)Math.Floor(h) + 1, n - 1) }).Distinct().Order().ToArray();
        var order = Selection.Ranks(values, ranks);
        var q = new double[positions.Length];
        for (var i = 0; i < q.Length; i++)
        {
            var h = positions[i];
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, n - 1);
            var low = order[Array.IndexOf(ranks, lo)];
            q[i] = low + ((h - lo) * (order[Array.IndexOf(ranks, hi)] - low));
        }

        return new Percentiles(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
    }

    // Running estimates in trial order; sums are of x − x0 (the first value) so the running
    // variance does not cancel catastrophically when the mean is large against the spread.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<ConvergencePoint> Convergence(double[] values, double? target, out double total)
    {
        var points = new List<ConvergencePoint>();
        var shift = values[0];
        double sum = 0, sumSquares = 0;
        total = 0;
        long hits = 0;
        long next = 1000;
        var step = 0;
        var threshold = target ?? double.PositiveInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            total += v;
            var d = v - shift;
            sum += d;
            sumSquares += d * d;
            hits += v >= threshold ? 1 : 0;
            var count = i + 1;
            if (count == next || count == values.Length)
            {
                var meanShift = sum / count;
                var variance = count > 1 ? Math.Max(0, (sumSquares - (count * meanShift * meanShift)) / (count - 1)) : 0;
                points.Add(new ConvergencePoint(count, total / count, Math.Sqrt(variance / count), target is null ? null : (double)hits / count));
                while (next <= count)
                {
                    // 1000, 2000, 5000, 10000, 20000, 50000, ...
                    step++;
                    next = (step % 3) switch { 0 => next * 2, 1 => next * 2, _ => next / 2 * 5 };
                }
            }
        }

        return points;
    }
}
