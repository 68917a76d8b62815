using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Analytics.Statistics;

/// <summary>
/// Exact order statistics of a large array without sorting it: a histogram over 4,096 equal-width
/// buckets between the minimum and the maximum locates the bucket of each wanted rank, and only
/// the values in those buckets are sorted. Three linear passes, where sorting a million trials
/// would take n log n; the histogram (16 KB) stays in the L1 cache, so its increments do not wait
/// for memory. The input is left unchanged.
/// </summary>
internal static class Selection
{
    /// <summary>Equal-width buckets between the minimum and the maximum (one more holds the maximum).</summary>
    internal const int Buckets = 1 << 12;

    /// <summary>The order statistics of <paramref name="values"/> at <paramref name="ranks"/> (0-based, ascending), in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Ranks(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks)
    {
        var result = new double[ranks.Length];
        var (min, max, nan) = Range(values);
        if (nan || !(max > min) || !double.IsFinite(max - min))
        {
            // All equal (or not finite, which no model output should be): sort a copy.
            var copy = values.ToArray();
            Array.Sort(copy);
            for (var r = 0; r < ranks.Length; r++)
            {
                result[r] = copy[ranks[r]];
            }

            return result;
        }

        var scale = Buckets / (max - min);
        var counts = new int[Buckets + 1];
        foreach (var v in values)
        {
            counts[Bucket(v, min, scale)]++;
        }

        // Which bucket holds each rank, and how many values lie below that bucket.
        var located = Locate(counts, ranks);
        var bucketOf = located.Select(l => l.Bucket).ToArray();
        var below = located.Select(l => l.Below).ToArray();

        // Collect and sort the values of the buckets that hold a wanted rank (slot per bucket, or -1).
        var slotOf = new int[Buckets + 1];
        Array.Fill(slotOf, -1);
        var members = new List<double[]>();
        var filled = new List<int>();
        foreach (var b in bucketOf)
        {
            if (slotOf[b] < 0)
            {
                slotOf[b] = members.Count;
                members.Add(new double[counts[b]]);
                filled.Add(0);
            }
        }

        foreach (var v in values)
        {
            var slot = slotOf[Bucket(v, min, scale)];
            if (slot >= 0)
            {
                members[slot][filled[slot]++] = v;
            }
        }

        foreach (var list in members)
        {
            Array.Sort(list);
        }

        for (var r = 0; r < ranks.Length; r++)
        {
            result[r] = members[slotOf[bucketOf[r]]][ranks[r] - below[r]];
        }

        return result;
    }

    // The smallest and largest value (in 8 lanes), and whether any is NaN.
    private static (double Min, double Max, bool NaN) Range(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var nan = false;
        var i = 0;
        if (values.Length >= Vector512<double>.Count)
        {
            var low = Vector512.Create(double.PositiveInfinity);
            var high = Vector512.Create(double.NegativeInfinity);
            var unordered = Vector512<double>.Zero;
            for (; i <= values.Length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var v = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(values), (nuint)i);
                low = Vector512.MinNative(low, v); // NaN is checked separately
                high = Vector512.MaxNative(high, v);
                unordered |= ~Vector512.Equals(v, v); // NaN is the only value unequal to itself
            }

            for (var lane = 0; lane < Vector512<double>.Count; lane++)
            {
                min = Math.Min(min, low.GetElement(lane));
                max = Math.Max(max, high.GetElement(lane));
            }

            nan = unordered != Vector512<double>.Zero;
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
            nan |= double.IsNaN(values[i]);
        }

        return (min, max, nan);
    }

    /// <summary>The factor <see cref="Bucket"/> takes for values in [<paramref name="min"/>, <paramref name="max"/>]: 0 when they are all equal (one bucket).</summary>
    internal static double Scale(double min, double max) => max > min && double.IsFinite(max - min) ? Buckets / (max - min) : 0;

    /// <summary>
    /// For each of <paramref name="ranks"/> (0-based, ascending) the bucket of a histogram
    /// (<paramref name="counts"/>, <see cref="Buckets"/> + 1 of them) that holds it, and how many values
    /// lie in the buckets below.
    /// </summary>
    internal static (int Bucket, int Below)[] Locate(int[] counts, ReadOnlySpan<int> ranks)
    {
        var result = new (int Bucket, int Below)[ranks.Length];
        var seen = 0;
        var next = 0;
        for (var b = 0; b < counts.Length && next < ranks.Length; b++)
        {
            while (next < ranks.Length && ranks[next] < seen + counts[b])
            {
                result[next++] = (b, seen);
            }

            seen += counts[b];
        }

        return next == ranks.Length ? result : throw new ArgumentOutOfRangeException(nameof(ranks), $"ranks must be below the {seen} values counted.");
    }

    // Monotone in v, so bucket order is value order; the maximum lands in the extra last bucket.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Bucket(double v, double min, double scale) => Math.Min((int)((v - min) * scale), Buckets);
}
