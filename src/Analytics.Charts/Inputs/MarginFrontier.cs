using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>The split analysis as the margin/P(hit) chart draws it: every split, the frontier, the named splits.</summary>
/// <param name="Splits">Every evaluated split (at least one).</param>
/// <param name="Frontier">The splits no other beats on both P(hit) and margin, by P(hit) descending (may be empty).</param>
/// <param name="Markers">Named splits to label (the plan's, the best, the risk-balanced one; may be empty).</param>
public sealed record MarginFrontier(IReadOnlyList<MarginPoint> Splits, IReadOnlyList<MarginPoint> Frontier, IReadOnlyList<MarginPoint> Markers)
{
    /// <summary>Every split, at least one.</summary>
    public IReadOnlyList<MarginPoint> Splits { get; } = Preconditions.NotEmpty(Splits);

    /// <summary>The frontier.</summary>
    public IReadOnlyList<MarginPoint> Frontier { get; } = Preconditions.NotNull(Frontier);

    /// <summary>The named splits.</summary>
    public IReadOnlyList<MarginPoint> Markers { get; } = Preconditions.NotNull(Markers);
}
