namespace Analytics.Tracking;

/// <summary>
/// How the rows of one line in one month break its sales down. The rows of a (month, line) share one
/// breakdown: a total beside a breakdown would count the same sales twice or leave part unplaced.
/// </summary>
public enum ActualsBreakdown
{
    /// <summary>One row for the whole line (no industry, no region).</summary>
    Line,

    /// <summary>Rows by industry.</summary>
    Industry,

    /// <summary>Rows by region.</summary>
    Region,

    /// <summary>Rows by industry and region.</summary>
    IndustryAndRegion,
}
