using Analytics.Charts.Rendering;

namespace Analytics.Report;

/// <summary>The report as one self-contained HTML page, with its charts for export.</summary>
/// <param name="Html">The page.</param>
/// <param name="Charts">The charts on the page, in page order.</param>
/// <param name="Sections">The ids of the sections the page holds, in order.</param>
public sealed record RenderedReport(string Html, IReadOnlyList<NamedChart> Charts, IReadOnlyList<string> Sections);
