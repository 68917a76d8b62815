using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>
/// Every split of a grid judged in full (<see cref="SplitRow"/>), with the same figures, bit for bit,
/// as <see cref="SplitSamples.Evaluate(Split)"/> gives split by split, at a fraction of the cost and
/// in memory that does not grow with the grid. On a grid of step 1/m a stream's share takes only
/// m + 1 values, so its revenue under the response model is computed once per share value and chunk
/// of trials (<see cref="GridColumns"/>), not once per split: k(m + 1) exponentials per trial instead
/// of k per split (63 instead of 693 for three streams at step 0.05). What depends on one stream
/// alone (its sub-target's hits and shortfall, its revenue's sum) is a property of its column;
/// what needs the split (the total, P(hit), P(all streams met), the mean and its error, the P10)
/// is summed over the trials chunk after chunk, in trial order.
/// </summary>
/// <remarks>
/// Splits are dealt to the workers in fixed groups and each group walks all trials in order, so
/// every sum is added in the order <see cref="SplitSamples.Evaluate(Split)"/> adds it, whatever the
/// number of threads. Three passes: (1) sums, counts and each total's range; (2) squared deviations
/// from the mean (the standard error, as <see cref="TrialStatistics.Mean"/> computes it) and a
/// histogram of the totals over 4,096 buckets of their range (<see cref="Selection"/>'s scheme);
/// (3) the totals in the bucket(s) holding the P10's two order statistics, collected and sorted.
/// Splits are taken in batches of <see cref="Batch"/>, so the histograms take at most 8 MB whatever
/// the grid's size.
/// </remarks>
internal static class GridEvaluation
{
    /// <summary>Splits judged together: their histograms (4,097 counts each) stay within 8 MB.</summary>
    public const int Batch = 512;

    /// <summary>Each split of <paramref name="grid"/> (shares multiples of 1/<paramref name="m"/>) judged on <paramref name="samples"/>.</summary>
    public static SplitRow[] Rows(SplitSamples samples, IReadOnlyList<Split> grid, int m, int threads)
    {
        Preconditions.NotNull(samples);
        Preconditions.NotNull(grid);
        var units = GridColumns.Units(samples, grid, m);
        var rows = new SplitRow[grid.Count];
        var columns = new GridColumns(samples, m);
        var columnStats = ColumnStatistics(samples, columns, grid, units);
        for (var first = 0; first < grid.Count; first += Batch)
        {
            var count = Math.Min(Batch, grid.Count - first);
            var batch = new BatchState(samples, grid, units, first, count);
            var groups = Groups(count, threads);
            Pass(samples, columns, groups, threads, batch.AddSums);
            batch.FinishMeans();
            Pass(samples, columns, groups, threads, batch.AddSpreadAndHistogram);
            batch.LocateP10();
            Pass(samples, columns, groups, threads, batch.Collect);
            for (var i = 0; i < count; i++)
            {
                rows[first + i] = batch.Row(i, columnStats);
            }
        }

        return rows;
    }

    // Per column (stream s at u/m): its sub-target's hits and summed shortfall, and its revenue's sum,
    // each added in trial order, as SplitSamples.Fill adds them. Only the columns the grid uses.
    private static ColumnStat[,] ColumnStatistics(SplitSamples samples, GridColumns columns, IReadOnlyList<Split> grid, int[][] units)
    {
        var k = samples.Streams.Count;
        var stats = new ColumnStat[k, columns.Parts + 1];
        var used = new bool[k, columns.Parts + 1];
        var subTarget = new double[k, columns.Parts + 1];
        for (var i = 0; i < grid.Count; i++)
        {
            for (var s = 0; s < k; s++)
            {
                used[s, units[i][s]] = true;
                subTarget[s, units[i][s]] = grid[i][s] * samples.Target;
            }
        }

        var buffer = new double[GridColumns.Chunk];
        for (var s = 0; s < k; s++)
        {
            for (var u = 0; u <= columns.Parts; u++)
            {
                if (!used[s, u])
                {
                    continue;
                }

                long hits = 0;
                double shortfall = 0, sum = 0;
                var target = subTarget[s, u];
                for (var from = 0; from < samples.Trials; from += GridColumns.Chunk)
                {
                    var n = Math.Min(GridColumns.Chunk, samples.Trials - from);
                    var v = buffer.AsSpan(0, n);
                    columns.Fill(s, u, from, v);
                    foreach (var x in v)
                    {
                        sum += x;
                        if (x >= target)
                        {
                            hits++;
                        }
                        else
                        {
                            shortfall += target - x;
                        }
                    }
                }

                stats[s, u] = new ColumnStat(target, hits, shortfall, sum);
            }
        }

        return stats;
    }

    // Contiguous ranges of the batch's splits, one per worker.
    private static (int From, int To)[] Groups(int count, int threads)
    {
        var groups = Math.Max(1, Math.Min(threads, count));
        return [.. Enumerable.Range(0, groups).Select(g => (count * g / groups, count * (g + 1) / groups))];
    }

    // One walk over all trials in order per group; the visitor sees each chunk's columns for the group's splits.
    private static void Pass(SplitSamples samples, GridColumns columns, (int From, int To)[] groups, int threads, Action<ChunkView, int, int> visit)
    {
        Parallel.For(0, groups.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, g =>
        {
            var view = new ChunkView(columns);
            for (var from = 0; from < samples.Trials; from += GridColumns.Chunk)
            {
                view.MoveTo(from, Math.Min(GridColumns.Chunk, samples.Trials - from));
                visit(view, groups[g].From, groups[g].To);
            }
        });
    }

    private readonly record struct ColumnStat(double SubTarget, long Hits, double Shortfall, double Sum);

    /// <summary>One worker's columns for the chunk it is on, each filled the first time a split asks for it.</summary>
    private sealed class ChunkView(GridColumns columns)
    {
        private readonly double[] _values = new double[columns.Streams * (columns.Parts + 1) * GridColumns.Chunk];
        private readonly bool[] _filled = new bool[columns.Streams * (columns.Parts + 1)];
        private readonly double[] _totals = new double[GridColumns.Chunk];
        private readonly bool[] _met = new bool[GridColumns.Chunk];

        /// <summary>Scratch for one split's totals over the chunk (the worker's own).</summary>
        public Span<double> Totals => _totals.AsSpan(0, Length);

        /// <summary>Scratch for whether every stream met its sub-target, per trial of the chunk.</summary>
        public Span<bool> Met => _met.AsSpan(0, Length);

        public int From { get; private set; }

        public int Length { get; private set; }

        public void MoveTo(int from, int length)
        {
            From = from;
            Length = length;
            Array.Clear(_filled);
        }

        public ReadOnlySpan<double> Column(int stream, int unit)
        {
            var slot = (stream * (columns.Parts + 1)) + unit;
            var span = _values.AsSpan(slot * GridColumns.Chunk, Length);
            if (!_filled[slot])
            {
                columns.Fill(stream, unit, From, span);
                _filled[slot] = true;
            }

            return span;
        }
    }

    /// <summary>The running figures of one batch of splits; each split is touched by one worker only.</summary>
    private sealed class BatchState
    {
        private readonly SplitSamples _samples;
        private readonly IReadOnlyList<Split> _grid;
        private readonly int[][] _units;
        private readonly int _first;
        private readonly long[] _hits;
        private readonly long[] _all;
        private readonly double[] _sum;
        private readonly double[] _squares;
        private readonly double[] _mean;
        private readonly double[] _min;
        private readonly double[] _max;
        private readonly int[][] _histogram;
        private readonly (int Rank, int Bucket, int Below)[][] _wanted;
        private readonly double[][] _members;
        private readonly int[] _filled;
        private readonly double[] _subTargets;

        public BatchState(SplitSamples samples, IReadOnlyList<Split> grid, int[][] units, int first, int count)
        {
            _samples = samples;
            _grid = grid;
            _units = units;
            _first = first;
            _hits = new long[count];
            _all = new long[count];
            _sum = new double[count];
            _squares = new double[count];
            _mean = new double[count];
            _min = new double[count];
            _max = new double[count];
            Array.Fill(_min, double.PositiveInfinity);
            Array.Fill(_max, double.NegativeInfinity);
            _histogram = new int[count][];
            _wanted = new (int, int, int)[count][];
            _members = new double[count][];
            _filled = new int[count];
            var k = samples.Streams.Count;
            _subTargets = new double[count * k];
            for (var i = 0; i < count; i++)
            {
                for (var s = 0; s < k; s++)
                {
                    _subTargets[(i * k) + s] = grid[first + i][s] * samples.Target;
                }
            }
        }

        // Pass 1: P(hit), P(all met), the sum and the range of each split's totals.
        public void AddSums(ChunkView view, int from, int to)
        {
            var target = _samples.Target;
            for (var i = from; i < to; i++)
            {
                long hits = 0, all = 0;
                double sum = _sum[i], min = _min[i], max = _max[i];
                if (_samples.Streams.Count == 3)
                {
                    // The usual case (three business types) in one loop, without the scratch arrays.
                    var units = _units[_first + i];
                    var a = view.Column(0, units[0]);
                    var b = view.Column(1, units[1]);
                    var c = view.Column(2, units[2]);
                    var (ta, tb, tc) = (_subTargets[i * 3], _subTargets[(i * 3) + 1], _subTargets[(i * 3) + 2]);
                    for (var t = 0; t < a.Length; t++)
                    {
                        var v = a[t] + b[t] + c[t];
                        sum += v;
                        hits += v >= target ? 1 : 0;
                        all += a[t] >= ta && b[t] >= tb && c[t] >= tc ? 1 : 0;
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }
                }
                else
                {
                    var totals = view.Totals;
                    var met = view.Met;
                    Totals(view, i, totals, met);
                    for (var t = 0; t < totals.Length; t++)
                    {
                        var v = totals[t];
                        sum += v;
                        hits += v >= target ? 1 : 0;
                        all += met[t] ? 1 : 0;
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }
                }

                _hits[i] += hits;
                _all[i] += all;
                (_sum[i], _min[i], _max[i]) = (sum, min, max);
            }
        }

        public void FinishMeans()
        {
            for (var i = 0; i < _mean.Length; i++)
            {
                _mean[i] = _sum[i] / _samples.Trials;
                _histogram[i] = new int[Selection.Buckets + 1];
            }
        }

        // Pass 2: squared deviations from the mean, and the histogram of the totals over their range.
        public void AddSpreadAndHistogram(ChunkView view, int from, int to)
        {
            var totals = view.Totals;
            for (var i = from; i < to; i++)
            {
                Totals(view, i, totals, default);
                var mean = _mean[i];
                var squares = _squares[i];
                var counts = _histogram[i];
                var (min, scale) = (_min[i], Selection.Scale(_min[i], _max[i]));
                foreach (var v in totals)
                {
                    squares += (v - mean) * (v - mean);
                    counts[Selection.Bucket(v, min, scale)]++;
                }

                _squares[i] = squares;
            }
        }

        // Where the P10's two order statistics lie: their buckets and the totals below each.
        public void LocateP10()
        {
            var (low, high, _) = Type7Quantiles.Ranks(_samples.Trials, 0.10);
            for (var i = 0; i < _histogram.Length; i++)
            {
                var wanted = Selection.Locate(_histogram[i], [low, high]);
                _wanted[i] = [.. wanted.Select((w, r) => (r == 0 ? low : high, w.Bucket, w.Below))];
                var firstBucket = _wanted[i][0].Bucket;
                var lastBucket = _wanted[i][1].Bucket;
                var size = 0;
                for (var b = firstBucket; b <= lastBucket; b++)
                {
                    size += _histogram[i][b];
                }

                _members[i] = new double[size];
            }
        }

        // Pass 3: the totals in the wanted buckets.
        public void Collect(ChunkView view, int from, int to)
        {
            var totals = view.Totals;
            for (var i = from; i < to; i++)
            {
                Totals(view, i, totals, default);
                var (min, scale) = (_min[i], Selection.Scale(_min[i], _max[i]));
                var (firstBucket, lastBucket) = (_wanted[i][0].Bucket, _wanted[i][1].Bucket);
                var members = _members[i];
                var filled = _filled[i];
                foreach (var v in totals)
                {
                    var b = Selection.Bucket(v, min, scale);
                    if (b >= firstBucket && b <= lastBucket)
                    {
                        members[filled++] = v;
                    }
                }

                _filled[i] = filled;
            }
        }

        public SplitRow Row(int i, ColumnStat[,] columns)
        {
            var split = _grid[_first + i];
            var n = _samples.Trials;
            Array.Sort(_members[i]);
            var below = _wanted[i][0].Below;
            var (_, _, weight) = Type7Quantiles.Ranks(n, 0.10);
            var p10 = Type7Quantiles.Interpolate(_members[i][_wanted[i][0].Rank - below], _members[i][_wanted[i][1].Rank - below], weight);
            var streams = new SubTargetRisk[_samples.Streams.Count];
            var margin = 0.0;
            for (var s = 0; s < streams.Length; s++)
            {
                var c = columns[s, _units[_first + i][s]];
                streams[s] = new SubTargetRisk(_samples.Streams[s], c.SubTarget, TrialStatistics.Proportion(c.Hits, n), c.Shortfall / n);
                margin += _samples.MarginOf(s) * c.Sum;
            }

            var mean = new Estimate(_mean[i], n > 1 ? Math.Sqrt(_squares[i] / (n - 1) / n) : 0);
            return new SplitRow(
                split,
                TrialStatistics.Proportion(_hits[i], n),
                TrialStatistics.Proportion(_all[i], n),
                mean,
                p10,
                _samples.HasMargins ? margin / n : null,
                streams);
        }

        // Each trial's total under split i (streams added in order, from 0, as Fill adds them) and
        // optionally (a non-empty met) whether every stream met its sub-target.
        private void Totals(ChunkView view, int i, Span<double> totals, Span<bool> met)
        {
            var k = _samples.Streams.Count;
            var units = _units[_first + i];
            if (k == 3 && met.IsEmpty)
            {
                var a = view.Column(0, units[0]);
                var b = view.Column(1, units[1]);
                var c = view.Column(2, units[2]);
                for (var t = 0; t < totals.Length; t++)
                {
                    totals[t] = a[t] + b[t] + c[t];
                }

                return;
            }

            totals.Clear();
            met.Fill(true);

            for (var s = 0; s < k; s++)
            {
                var column = view.Column(s, units[s]);
                var target = _subTargets[(i * k) + s];
                for (var t = 0; t < totals.Length; t++)
                {
                    totals[t] += column[t];
                }

                if (!met.IsEmpty)
                {
                    for (var t = 0; t < totals.Length; t++)
                    {
                        met[t] &= column[t] >= target;
                    }
                }
            }
        }
    }
}
