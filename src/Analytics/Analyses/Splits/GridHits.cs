using System.Numerics;
using System.Runtime.InteropServices;
using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// P(total &gt;= target) for every split of a grid, and nothing else, fast: on a grid of step 1/m a
/// stream's share takes only m + 1 values, so each stream's revenue is computed once per share
/// value (chunk by chunk of trials, <see cref="GridColumns"/>) and a split's total is a sum of
/// stored columns, not one exponential per stream and trial. Several versions of the same draws
/// (<see cref="SplitSamples.With"/>: one stream's response changed) are counted in one pass, each
/// version computing only the columns of the streams it changed. The totals are the same, bit for
/// bit, as <see cref="SplitSamples.Evaluate(Split)"/>'s, so the best split found here is the one
/// <see cref="SplitAnalysis"/> finds on the same draws.
/// </summary>
internal static class GridHits
{
    private const int Chunk = GridColumns.Chunk;

    /// <summary>For each split of <paramref name="grid"/> (shares multiples of 1/<paramref name="m"/>), the trials whose total reaches the target.</summary>
    public static long[] Count(SplitSamples samples, IReadOnlyList<Split> grid, int m, int threads)
        => Count([Preconditions.NotNull(samples)], grid, m, threads)[0];

    /// <summary>
    /// For each of <paramref name="versions"/> (the same trials and streams, e.g. one set of draws
    /// under several response assumptions) and each split of <paramref name="grid"/>, the trials
    /// whose total reaches the target.
    /// </summary>
    public static long[][] Count(IReadOnlyList<SplitSamples> versions, IReadOnlyList<Split> grid, int m, int threads)
    {
        Preconditions.NotEmpty(versions);
        Preconditions.NotNull(grid);
        var first = versions[0];
        if (versions.Any(v => v.Trials != first.Trials || !v.Streams.SequenceEqual(first.Streams)))
        {
            throw new ArgumentException("versions must hold the same trials and streams.", nameof(versions));
        }

        var k = first.Streams.Count;
        var units = GridColumns.Units(first, grid, m);
        var columns = versions.Select(v => new GridColumns(v, m)).ToArray();

        // Which stored stream each version reads: its own where it differs from an earlier version, else that one's.
        var owner = new int[versions.Count, k];
        var stored = new List<(int Version, int Stream)>();
        for (var v = 0; v < versions.Count; v++)
        {
            for (var s = 0; s < k; s++)
            {
                var same = stored.FindIndex(c => c.Stream == s && versions[c.Version].SameStream(versions[v], s));
                owner[v, s] = same >= 0 ? same : stored.Count;
                if (same < 0)
                {
                    stored.Add((v, s));
                }
            }
        }

        var chunks = (first.Trials + Chunk - 1) / Chunk;
        var hits = new long[versions.Count][];
        for (var v = 0; v < hits.Length; v++)
        {
            hits[v] = new long[grid.Count];
        }

        // Fixed workers, each taking every workers-th chunk with its own buffers (allocated once);
        // the counts are whole numbers, so their sum does not depend on who counted what.
        var workers = Math.Max(1, Math.Min(threads, chunks));
        var counted = new long[workers][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var local = new double[stored.Count * (m + 1) * Chunk];
            var localHits = new long[versions.Count * grid.Count];
            var offsets = new int[k];
            for (var c = w; c < chunks; c += workers)
            {
                var from = c * Chunk;
                var n = Math.Min(Chunk, first.Trials - from);
                for (var slot = 0; slot < stored.Count; slot++)
                {
                    var (v, s) = stored[slot];
                    for (var u = 0; u <= m; u++)
                    {
                        columns[v].Fill(s, u, from, local.AsSpan(((slot * (m + 1)) + u) * Chunk, n));
                    }
                }

                for (var v = 0; v < versions.Count; v++)
                {
                    for (var i = 0; i < units.Length; i++)
                    {
                        for (var s = 0; s < k; s++)
                        {
                            offsets[s] = ((owner[v, s] * (m + 1)) + units[i][s]) * Chunk;
                        }

                        localHits[(v * grid.Count) + i] += CountChunk(local, offsets, n, versions[v].Target);
                    }
                }
            }

            counted[w] = localHits;
        });

        for (var v = 0; v < hits.Length; v++)
        {
            for (var i = 0; i < grid.Count; i++)
            {
                hits[v][i] = counted.Sum(local => local[(v * grid.Count) + i]);
            }
        }

        return hits;
    }

    // Trials of the chunk whose total (the columns at offsets, added in stream order from 0) reaches the target.
    private static long CountChunk(double[] columns, int[] offsets, int n, double target)
    {
        long count = 0;
        if (offsets.Length == 3)
        {
            // The usual case (three business types), a vector of trials at a time: the same additions
            // in the same order as the scalar loop, so the same totals bit for bit.
            var first = columns.AsSpan(offsets[0], n);
            var second = columns.AsSpan(offsets[1], n);
            var third = columns.AsSpan(offsets[2], n);
            var t = 0;
            if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
            {
                var a = MemoryMarshal.Cast<double, Vector<double>>(first);
                var b = MemoryMarshal.Cast<double, Vector<double>>(second);
                var c = MemoryMarshal.Cast<double, Vector<double>>(third);
                var bar = new Vector<double>(target);
                var reached = Vector<long>.Zero;
                for (var j = 0; j < a.Length; j++)
                {
                    // A lane that reaches the target is all ones (-1): subtracting counts it.
                    reached -= Vector.GreaterThanOrEqual(a[j] + b[j] + c[j], bar);
                }

                count = Vector.Sum(reached);
                t = a.Length * Vector<double>.Count;
            }

            for (; t < n; t++)
            {
                count += first[t] + second[t] + third[t] >= target ? 1 : 0;
            }

            return count;
        }

        for (var t = 0; t < n; t++)
        {
            var total = columns[offsets[0] + t];
            for (var s = 1; s < offsets.Length; s++)
            {
                total += columns[offsets[s] + t];
            }

            count += total >= target ? 1 : 0;
        }

        return count;
    }
}
