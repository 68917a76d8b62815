using Analytics.Charts;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>Writes one report section alone and returns its HTML and charts.</summary>
internal static class SectionRun
{
    public static (string Html, IReadOnlyList<string> Charts) Write(ReportSection section, ReportContent content, ChartOptions? options = null)
    {
        var writer = new ReportWriter(options ?? ChartOptions.Default);
        section.Write(content, writer);
        return (writer.ToString(), [.. writer.Charts.Select(c => c.Name)]);
    }
}
