using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>The split-ratio analysis as the ternary map draws it: evaluated splits and the named ones to mark.</summary>
/// <param name="Points">Evaluated splits with their P(hit).</param>
/// <param name="Markers">Named splits (the seed's, the best, the risk-balanced one).</param>
public sealed record SplitMap(IReadOnlyList<TernaryPoint> Points, IReadOnlyList<TernaryMarker> Markers)
{
    /// <summary>Evaluated splits, at least one.</summary>
    public IReadOnlyList<TernaryPoint> Points { get; } = Preconditions.NotEmpty(Points);

    /// <summary>Named splits (may be empty).</summary>
    public IReadOnlyList<TernaryMarker> Markers { get; } = Preconditions.NotNull(Markers);
}
