namespace Analytics.Charts;

/// <summary>How a target tree is drawn.</summary>
public enum HierarchyStyle
{
    /// <summary>Nested rectangles (the default: every label stays readable).</summary>
    Treemap,

    /// <summary>Rings from the centre outwards.</summary>
    Sunburst,
}
