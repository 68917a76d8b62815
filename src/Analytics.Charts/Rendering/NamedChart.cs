using Plotly.NET;

namespace Analytics.Charts.Rendering;

/// <summary>A chart of the report with the file-safe name it is exported under (e.g. "phasing" for phasing.png).</summary>
/// <param name="Name">Lower-case letters, digits and '-'.</param>
/// <param name="Chart">The chart.</param>
public sealed record NamedChart(string Name, GenericChart Chart);
