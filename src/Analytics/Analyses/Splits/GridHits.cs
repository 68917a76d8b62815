using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// P(total &gt;= target) for every split of a grid, and nothing else, fast: on a grid of step 1/m a
/// stream's share takes only m + 1 values, so each stream's revenue is computed once per share
/// value (chunk by chunk of trials) and a split's total is a sum of three stored columns, not three
/// exponentials per trial. The totals are the same, bit for bit, as <see cref="SplitSamples.Evaluate(Split)"/>'s,
/// so the best split found here is the one <see cref="SplitAnalysis"/> finds on the same draws.
/// </summary>
internal static class GridHits
{
    // Trials per chunk: (m + 1) × streams columns of this length stay small (21 × 3 × 8192 doubles = 4 MB).
    private const int Chunk = 8192;

    /// <summary>For each split of <paramref name="grid"/> (shares multiples of 1/<paramref name="m"/>), the trials whose total reaches the target.</summary>
    public static long[] Count(SplitSamples samples, IReadOnlyList<Split> grid, int m, int threads)
    {
        Preconditions.NotNull(samples);
        Preconditions.NotNull(grid);
        var k = samples.Streams.Count;
        var units = grid.Select(s => s.Shares.Select(x => (int)Math.Round(x * m)).ToArray()).ToArray();
        var chunks = (samples.Trials + Chunk - 1) / Chunk;
        var hits = new long[grid.Count];
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Columns: new double[k * (m + 1) * Chunk], Hits: new long[grid.Count]),
            (c, _, local) =>
            {
                var from = c * Chunk;
                var n = Math.Min(Chunk, samples.Trials - from);
                for (var s = 0; s < k; s++)
                {
                    for (var u = 0; u <= m; u++)
                    {
                        // The share exactly as SplitGrid builds it (u / m), so the factor is the same double.
                        samples.StreamRevenueAt(s, (double)u / m, from, local.Columns.AsSpan(((s * (m + 1)) + u) * Chunk, n));
                    }
                }

                for (var i = 0; i < units.Length; i++)
                {
                    local.Hits[i] += CountChunk(local.Columns, units[i], m, n, samples.Target);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < hits.Length; i++)
                    {
                        hits[i] += local.Hits[i];
                    }
                }
            });
        return hits;
    }

    private static long CountChunk(double[] columns, int[] units, int m, int n, double target)
    {
        var first = columns.AsSpan(units[0] * Chunk, n);
        long count = 0;
        if (units.Length == 3)
        {
            // The usual case (three business types), without the inner loop.
            var second = columns.AsSpan(((m + 1) + units[1]) * Chunk, n);
            var third = columns.AsSpan(((2 * (m + 1)) + units[2]) * Chunk, n);
            for (var t = 0; t < n; t++)
            {
                count += first[t] + second[t] + third[t] >= target ? 1 : 0;
            }

            return count;
        }

        for (var t = 0; t < n; t++)
        {
            var total = first[t];
            for (var s = 1; s < units.Length; s++)
            {
                total += columns[(((s * (m + 1)) + units[s]) * Chunk) + t];
            }

            count += total >= target ? 1 : 0;
        }

        return count;
    }
}
