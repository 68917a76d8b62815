using Analytics.Common;

namespace Analytics.Analyses.GoalSeek;

/// <summary>How a goal seek searches and how it estimates its error.</summary>
public sealed record GoalSeekOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="tolerance">Stop when the bracket is narrower than this fraction of the search range: in (0, 0.1] (default 1e-3).</param>
    /// <param name="maxIterations">Root-finder steps at most: 5 to 200 (default 60).</param>
    /// <param name="replicates">Independent repeats of the search with other seeds (seed + 1, seed + 2, ...) for an error by replication: 0 (none, the default) or 2 to 100.</param>
    /// <param name="scanIntervals">The range is first scanned at this many equal intervals to find where P crosses the level (P need not be monotone, e.g. in a split share): 1 to 100 (default 6).</param>
    public GoalSeekOptions(double tolerance = 1e-3, int maxIterations = 60, int replicates = 0, int scanIntervals = 6)
    {
        ScanIntervals = Preconditions.InRange(scanIntervals, 1, 100);
        Tolerance = tolerance is > 0 and <= 0.1 ? tolerance : throw new ArgumentOutOfRangeException(nameof(tolerance), $"tolerance must be in (0, 0.1]; was {Preconditions.Format(tolerance)}.");
        MaxIterations = Preconditions.InRange(maxIterations, 5, 200);
        Replicates = replicates == 0 ? 0 : Preconditions.InRange(replicates, 2, 100);
    }

    /// <summary>The bracket width, as a fraction of the range, at which the search stops.</summary>
    public double Tolerance { get; }

    /// <summary>Root-finder steps at most.</summary>
    public int MaxIterations { get; }

    /// <summary>Intervals of the first scan of the range.</summary>
    public int ScanIntervals { get; }

    /// <summary>Repeats with other seeds (0: none).</summary>
    public int Replicates { get; }
}
