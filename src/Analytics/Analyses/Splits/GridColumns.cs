using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// Each stream's revenue at each share a grid of step 1/m gives it (u/m, u = 0..m), chunk by chunk
/// of trials: the columns a split's totals are sums of. The share is u/m exactly as
/// <see cref="SplitGrid"/> builds it, so a column is the same double, trial by trial, that
/// <see cref="SplitSamples.Evaluate(Split)"/> computes for any split giving the stream that share.
/// </summary>
internal sealed class GridColumns(SplitSamples samples, int m)
{
    /// <summary>Trials per chunk: (m + 1) × streams columns of this length stay small (21 × 3 × 2048 doubles = 1 MB per worker).</summary>
    public const int Chunk = 2048;

    /// <summary>The streams.</summary>
    public int Streams => samples.Streams.Count;

    /// <summary>m, the grid's parts (shares are multiples of 1/m).</summary>
    public int Parts => m;

    /// <summary>Stream <paramref name="stream"/>'s revenue at share <paramref name="unit"/>/m for trials [<paramref name="from"/>, from + destination length).</summary>
    public void Fill(int stream, int unit, int from, Span<double> destination) => samples.StreamRevenueAt(stream, (double)unit / m, from, destination);

    /// <summary>Each split's shares in units of 1/<paramref name="m"/>.</summary>
    /// <exception cref="ArgumentException">A share is not exactly u/m (the split is not of the grid).</exception>
    public static int[][] Units(SplitSamples samples, IReadOnlyList<Split> grid, int m)
    {
        Preconditions.NotNull(samples);
        Preconditions.NotNull(grid);
        Preconditions.Positive(m);
        return [.. grid.Select(split =>
        {
            if (split.Count != samples.Streams.Count)
            {
                throw new ArgumentException($"grid's splits must have one share per stream ({samples.Streams.Count}); one has {split.Count}.", nameof(grid));
            }

            var units = split.Shares.Select(x => (int)Math.Round(x * m)).ToArray();
            return units.Select((u, s) => (double)u / m == split[s]).All(same => same)
                ? units
                : throw new ArgumentException($"grid's splits must have shares that are multiples of 1/{m}; {split} is not.", nameof(grid));
        })];
    }
}
