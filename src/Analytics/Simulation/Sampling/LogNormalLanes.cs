using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Sampling;

/// <summary>
/// The lognormal compound sum of <see cref="CompoundSum"/> for 8 trials at a time, each trial in a
/// lane of its own. Per trial it computes exactly <see cref="CompoundSum.LogNormalTrialSum"/> (the
/// same normals from the trial's own sub-stream, the same exponential, added in the same order),
/// so the result has the same bits, but with vector instructions for everything except the rare
/// ziggurat rejections:
/// <list type="number">
/// <item>Trials are taken in order of their counts (a counting sort), so the 8 trials of a group
/// need about the same number of values; trials with none are skipped.</item>
/// <item><see cref="Xoshiro256StarStarX8"/> writes the group's sub-streams as rows of 8 words, and
/// <see cref="ZigguratRows"/> turns each row into 8 candidate normals with rejection flags.</item>
/// <item>Rejections are resolved lane by lane, in row order, by the scalar ziggurat's slow path
/// reading the lane's next words; the words it takes are marked so the sum skips them.</item>
/// <item>One pass adds exp(mu + sigma z) of each lane's values into the lane's total.</item>
/// </list>
/// One instance per worker (it owns the buffers); not thread-safe.
/// </summary>
internal sealed class LogNormalLanes
{
    /// <summary>By default, trials with more values than this are summed by the scalar path (same bits), so the buffers stay bounded.</summary>
    public const int DefaultMaxLaneCount = 4096;

    /// <summary>Calls with fewer trials than this are better served by the scalar path (most lanes would be empty).</summary>
    public const int MinTrials = Xoshiro256StarStarX8.Lanes;

    private const int Lanes = Xoshiro256StarStarX8.Lanes;
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);

    // The rejection flags are read 64 rows at a time.
    private const int Padding = 64;

    private readonly int _maxLaneCount;
    private readonly int _maxRows;

    private ulong[] _words = new ulong[Lanes * 256];
    private double[] _normals = new double[Lanes * 256];
    private byte[] _rejected = new byte[256 + Padding];
    private byte[] _consumed = new byte[256];
    private int[] _order = [];
    private int[] _sortedCounts = [];
    private int[] _histogram = [];
    private Xoshiro256StarStarX8 _generator;
    private int _rows;
    private bool _overflow;
    private Xoshiro256StarStar _spare = new(0x5DEECE66DUL);

    /// <summary>Creates the kernel with its buffers.</summary>
    /// <param name="maxLaneCount">Trials with more values are summed by the scalar path.</param>
    /// <param name="extraRows">
    /// Rows beyond a lane's count are drawn when the slow path needs them (about 1.6% more); past
    /// <paramref name="maxLaneCount"/> + this many the lane is recomputed by the scalar path. Small
    /// values are for tests of those fallbacks.
    /// </param>
    public LogNormalLanes(int maxLaneCount = DefaultMaxLaneCount, int extraRows = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLaneCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(extraRows, 1);
        _maxLaneCount = maxLaneCount;
        _maxRows = maxLaneCount + extraRows;
    }

    /// <summary>
    /// Whether the kernel serves lognormal values with these parameters: the hardware has 512-bit
    /// vectors, and every exponent mu + sigma·z stays inside the range of <see cref="VectorMath.ExpInRange(Vector512{double})"/>
    /// (|z| &lt; <see cref="StandardNormal.MaxMagnitude"/>). Otherwise the scalar path gives the same result.
    /// </summary>
    public static bool Applies(double mu, double sigma)
        => Vector512.IsHardwareAccelerated && Math.Abs(mu) + (StandardNormal.MaxMagnitude * sigma) <= 700;

    /// <summary>As <see cref="CompoundSum.Add"/> for LogNormal(<paramref name="mu"/>, <paramref name="sigma"/>) values; requires <see cref="Applies"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ulong seed, ReadOnlySpan<int> counts, double mu, double sigma, Span<double> totals)
    {
        var trials = SortByCount(seed, counts, mu, sigma, totals);
        Span<int> ends = stackalloc int[Lanes];
        for (var g = 0; g < trials; g += Lanes)
        {
            var lanes = Math.Min(Lanes, trials - g);
            var indices = Vector256.LoadUnsafe(ref _order[g]);
            _generator = new Xoshiro256StarStarX8(SplitMix64.At(seed, Vector512.Create(Vector256.WidenLower(indices), Vector256.WidenUpper(indices)).AsUInt64()));
            var start = _generator;
            _sortedCounts.AsSpan(g, Lanes).CopyTo(ends);
            _rows = 0;
            _overflow = false;
            var most = _sortedCounts[g + lanes - 1];
            Extend(Math.Min(most + 2 + (most >> 5), _maxRows)); // slack for the ~1.6% of words rejections take
            var rows = Resolve(ends);
            var sums = SumExp(ends, rows, mu, sigma);
            for (var l = 0; l < lanes; l++)
            {
                var t = _order[g + l];
                totals[t] += ends[l] >= 0 ? sums.GetElement(l) : CompoundSum.LogNormalTrialSum(start.Lane(l), counts[t], mu, sigma);
            }
        }
    }

    // Orders the trials with 1.._maxLaneCount values by count into _order (their counts in
    // _sortedCounts), padded to a whole group with count-0 entries; trials with more are summed
    // here by the scalar path. Returns the number ordered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SortByCount(ulong seed, ReadOnlySpan<int> counts, double mu, double sigma, Span<double> totals)
    {
        var most = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            var c = counts[t];
            if (c > _maxLaneCount)
            {
                totals[t] += CompoundSum.LogNormalTrialSum(new Xoshiro256StarStar(SplitMix64.At(seed, (ulong)t)), c, mu, sigma);
            }
            else
            {
                most = Math.Max(most, c);
            }
        }

        if (_histogram.Length < most + 1)
        {
            _histogram = new int[most + 1];
        }

        var histogram = _histogram.AsSpan(0, most + 1);
        histogram.Clear();
        foreach (var c in counts)
        {
            if (c <= _maxLaneCount)
            {
                histogram[c]++;
            }
        }

        // Start of each count's run (count 0 is not ordered).
        var ordered = 0;
        histogram[0] = 0;
        for (var c = 1; c <= most; c++)
        {
            (histogram[c], ordered) = (ordered, ordered + histogram[c]);
        }

        if (_order.Length < ordered + Lanes)
        {
            _order = new int[counts.Length + Lanes];
            _sortedCounts = new int[counts.Length + Lanes];
        }

        for (var t = 0; t < counts.Length; t++)
        {
            var c = counts[t];
            if (c > 0 && c <= _maxLaneCount)
            {
                var k = histogram[c]++;
                _order[k] = t;
                _sortedCounts[k] = c;
            }
        }

        _order.AsSpan(ordered, Lanes).Clear();
        _sortedCounts.AsSpan(ordered, Lanes).Clear();
        return ordered;
    }

    // Draws and classifies rows up to at least `needed`; a group's first call draws exactly that,
    // later ones (a slow path ran out of rows) at least 8 more. Past _maxRows it sets _overflow instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Extend(int needed)
    {
        if (needed > _maxRows)
        {
            _overflow = true;
            return;
        }

        var rows = Math.Min(_maxRows, _rows == 0 ? needed : Math.Max(needed, _rows + 8));
        if (_consumed.Length < rows)
        {
            var capacity = Math.Min(_maxRows, Math.Max(rows, 2 * _consumed.Length));
            Array.Resize(ref _words, Lanes * capacity);
            Array.Resize(ref _normals, Lanes * capacity);
            Array.Resize(ref _rejected, capacity + Padding);
            Array.Resize(ref _consumed, capacity);
        }

        _generator.Fill(_words.AsSpan(Lanes * _rows, Lanes * (rows - _rows)));
        ZigguratRows.FastPath(_words, _normals, _rejected, _rows, rows);
        _consumed.AsSpan(_rows, rows - _rows).Clear();
        _rows = rows;
    }

    // Resolves the fast path's rejections lane by lane in row order: the slow path reads the lane's
    // next words, its value replaces the candidate, and the words it took are marked consumed,
    // moving the lane's end (the rows its values span) further. An end of −1 marks a lane left to
    // the scalar path. Returns the rows the sum must cover.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Resolve(Span<int> ends)
    {
        Span<int> free = stackalloc int[Lanes]; // first row of each lane not taken by a slow path
        free.Clear();
        var last = 0;
        foreach (var end in ends)
        {
            last = Math.Max(last, end);
        }

        // Rows with a rejection are found 64 at a time (one vector compare); the bit mask is taken
        // again when a slow path drew new rows or moved the last end.
        for (var window = 0; window < last; window += 64)
        {
            var rows = RejectedRows(window, last);
            while (rows != 0)
            {
                var j = window + BitOperations.TrailingZeroCount(rows);
                rows &= rows - 1;
                var (lastBefore, rowsBefore) = (last, _rows);
                for (int lanes = _rejected[j]; lanes != 0; lanes &= lanes - 1)
                {
                    var l = BitOperations.TrailingZeroCount(lanes);
                    if (j < ends[l] && j >= free[l])
                    {
                        ResolveOne(j, l, ends, free);
                        last = Math.Max(last, ends[l]);
                    }
                }

                if (last != lastBefore || _rows != rowsBefore)
                {
                    var done = j - window == 63 ? ulong.MaxValue : (2UL << (j - window)) - 1;
                    rows = RejectedRows(window, last) & ~done;
                }
            }
        }

        last = 0;
        foreach (var end in ends)
        {
            last = Math.Max(last, end);
        }

        return last;
    }

    // The slow path for the rejected word of lane l in row j. In a layer's wedge (98% of cases) it
    // needs one more word, row j + 1's, as the uniform: if the point is under the curve the
    // candidate in row j stands; if not, the draw starts again with a fresh word, which is row
    // j + 2's and already classified (an accepted candidate or a rejection met later in the scan).
    // Either way the rows taken are marked consumed and the lane's end moves by as many. The base
    // layer's tail draws an unknown number of words: StandardNormal.SampleSlow reads them.
    private void ResolveOne(int j, int l, Span<int> ends, Span<int> free)
    {
        var word = _words[(j * Lanes) + l];
        var layer = (int)(word & 0xFF);
        var lane = (byte)(1 << l);
        if (layer != 0)
        {
            if (j + 1 >= _rows)
            {
                Extend(j + 2);
            }

            if (!_overflow)
            {
                var uniform = (_words[((j + 1) * Lanes) + l] >> 11) * TwoPowMinus53; // as NextDouble
                var accepted = StandardNormal.WedgeAccepts(layer, _normals[(j * Lanes) + l], uniform);
                _consumed[j + 1] |= lane;
                _consumed[j] |= accepted ? (byte)0 : lane;
                ends[l] += accepted ? 1 : 2;
                free[l] = j + 2;
            }
        }
        else
        {
            var source = new LaneWords(this, l, j + 1);
            var value = StandardNormal.SampleSlow(ref source, layer, StandardNormal.Abscissa(word));
            if (!_overflow)
            {
                _normals[(j * Lanes) + l] = value;
                for (var r = j + 1; r < source.Row; r++)
                {
                    _consumed[r] |= lane;
                }

                ends[l] += source.Row - (j + 1);
                free[l] = source.Row;
            }
        }

        if (!_overflow && ends[l] > _rows)
        {
            Extend(ends[l] + 1);
        }

        if (_overflow)
        {
            ends[l] = -1;
            _overflow = false;
        }
    }

    // Bit k set when row window + k (below `limit`, which never exceeds the rows drawn) has a
    // rejected word. The flag array is padded so the 64-byte load stays inside it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong RejectedRows(int window, int limit)
    {
        var flags = Vector512.LoadUnsafe(ref _rejected[window]);
        var rows = ~Vector512.Equals(flags, Vector512<byte>.Zero).ExtractMostSignificantBits();
        return limit - window < 64 ? rows & ((1UL << (limit - window)) - 1) : rows;
    }

    // Σ exp(mu + sigma z) over each lane's rows below its end that are not consumed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Vector512<double> SumExp(ReadOnlySpan<int> ends, int rows, double mu, double sigma)
    {
        var m = Vector512.Create(mu);
        var s = Vector512.Create(sigma);
        var end = Vector512.Create((long)ends[0], ends[1], ends[2], ends[3], ends[4], ends[5], ends[6], ends[7]);
        var laneBit = Vector512.Create(1L, 2, 4, 8, 16, 32, 64, 128);
        ref var normal = ref MemoryMarshal.GetArrayDataReference(_normals);
        ref var consumed = ref MemoryMarshal.GetArrayDataReference(_consumed);
        var sum = Vector512<double>.Zero;
        var row = Vector512<long>.Zero;
        for (var j = 0; j < rows; j++)
        {
            var value = VectorMath.ExpInRange(Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref normal, (nuint)(j * Lanes)), s, m));
            var taken = Vector512.Equals(Vector512.Create((long)Unsafe.Add(ref consumed, j)) & laneBit, Vector512<long>.Zero);
            sum = Vector512.ConditionalSelect((Vector512.GreaterThan(end, row) & taken).AsDouble(), sum + value, sum); // a masked add
            row += Vector512<long>.One;
        }

        return sum;
    }

    /// <summary>A lane's words from a given row on, drawing more rows when they run out: the random source of the slow path.</summary>
    private struct LaneWords(LogNormalLanes owner, int lane, int row) : IRandomSource
    {
        /// <summary>The next row to read.</summary>
        public int Row { get; private set; } = row;

        public ulong NextUInt64()
        {
            if (Row >= owner._rows)
            {
                owner.Extend(Row + 1);
                if (owner._overflow)
                {
                    return owner._spare.NextUInt64(); // the lane is recomputed; these only let the slow path finish
                }
            }

            return owner._words[(Row++ * Lanes) + lane];
        }

        // As Xoshiro256StarStar converts its words.
        public double NextDouble() => (NextUInt64() >> 11) * TwoPowMinus53;

        public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * TwoPowMinus53;
    }
}
