using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// How P(hit) hangs on one stream's share: for each share of the grid, the best P(hit) any split with
/// that share reaches (the others' shares chosen as well as the grid allows). With more than three
/// streams a split cannot be drawn as one map; one such profile per stream, side by side, shows which
/// share of which line the chance of the year turns on, and where the plan's share stands.
/// </summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="PlanShare">The stream's share in the plan's split.</param>
/// <param name="Points">One point per share of the grid, ascending.</param>
public sealed record ShareProfile(string Stream, double PlanShare, IReadOnlyList<ShareProfilePoint> Points)
{
    /// <summary>The stream (validated: not blank).</summary>
    public string Stream { get; } = Preconditions.NotBlank(Stream);

    /// <summary>The plan's share (validated: in [0, 1]).</summary>
    public double PlanShare { get; } = Preconditions.Probability(PlanShare);

    /// <summary>The points (validated: at least one).</summary>
    public IReadOnlyList<ShareProfilePoint> Points { get; } = Preconditions.NotEmpty(Points);

    /// <summary>The profile of stream <paramref name="stream"/> (its index in <see cref="SplitResult.Streams"/>) over the grid of <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not one of the result's streams.</exception>
    public static ShareProfile Of(SplitResult result, int stream)
    {
        Preconditions.NotNull(result);
        Preconditions.InRange(stream, 0, result.Streams.Count - 1);
        var points = result.Grid
            .GroupBy(row => Math.Round(row.Split[stream], 9))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var best = SplitAnalysis.PickBest(g);
                return new ShareProfilePoint(g.Key, best.ProbabilityOfTarget.Value, best.Split);
            })
            .ToArray();
        return new ShareProfile(result.Streams[stream], result.Plan.Split[stream], points);
    }

    /// <summary>The profiles of every stream of <paramref name="result"/>, in its order.</summary>
    public static IReadOnlyList<ShareProfile> All(SplitResult result)
        => [.. Enumerable.Range(0, Preconditions.NotNull(result).Streams.Count).Select(k => Of(result, k))];
}

/// <summary>One share of a stream and the best split with it.</summary>
/// <param name="Share">The stream's share of the target.</param>
/// <param name="BestProbability">The highest P(hit) among the grid's splits with that share.</param>
/// <param name="BestSplit">The split that reaches it (ties broken as <see cref="SplitAnalysis"/> picks the best).</param>
public sealed record ShareProfilePoint(double Share, double BestProbability, Split BestSplit)
{
    /// <summary>The share (validated: in [0, 1]).</summary>
    public double Share { get; } = Preconditions.Probability(Share);

    /// <summary>The best P(hit) (validated: in [0, 1]).</summary>
    public double BestProbability { get; } = Preconditions.Probability(BestProbability);

    /// <summary>The split (validated: not null).</summary>
    public Split BestSplit { get; } = Preconditions.NotNull(BestSplit);
}
