using System.Runtime.CompilerServices;

namespace Analytics.Simulation.Results;

/// <summary>
/// Exact order statistics of a large array without sorting it: a histogram over 65,536 equal-width
/// buckets between the minimum and the maximum locates the bucket of each wanted rank, and only
/// the values in those buckets are sorted. Three linear passes, where sorting a million trials
/// would take n log n. The input is left unchanged.
/// </summary>
internal static class Selection
{
    private const int Buckets = 1 << 16;

    /// <summary>The order statistics of <paramref name="values"/> at <paramref name="ranks"/> (0-based, ascending), in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Ranks(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks)
    {
        var result = new double[ranks.Length];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (!(max > min) || !double.IsFinite(max - min))
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
        var bucketOf = new int[ranks.Length];
        var below = new int[ranks.Length];
        var seen = 0;
        var next = 0;
        for (var b = 0; b <= Buckets && next < ranks.Length; b++)
        {
            while (next < ranks.Length && ranks[next] < seen + counts[b])
            {
                bucketOf[next] = b;
                below[next] = seen;
                next++;
            }

            seen += counts[b];
        }

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

    // Monotone in v, so bucket order is value order; the maximum lands in the extra last bucket.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(double v, double min, double scale) => Math.Min((int)((v - min) * scale), Buckets);
}
