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

    /// <summary>
    /// The corners' names in the points' order (three), or null for the seed's three business types
    /// (repurchase, new customers, new product).
    /// </summary>
    public IReadOnlyList<BilingualText>? Axes
    {
        get;
        init => field = value is null || value.Count == 3
            ? value
            : throw new ArgumentException($"Axes must name the three corners; had {value.Count} names.", nameof(Axes));
    }
}
