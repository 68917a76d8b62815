using Analytics.Charts;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>Writes one report section (or one block) alone and returns its HTML and charts.</summary>
internal static class SectionRun
{
    public static (string Html, IReadOnlyList<string> Charts) Write(ReportSection section, ReportContent content, ChartOptions? options = null)
    {
        var writer = new ReportWriter(options ?? ChartOptions.Default);
        section.Write(content, writer);
        return (writer.ToString(), [.. writer.Charts.Select(c => c.Name)]);
    }

    /// <summary>The HTML of what <paramref name="write"/> writes alone (a block of sentences and tables).</summary>
    public static string Block(Action<ReportWriter> write, ChartOptions? options = null)
    {
        var writer = new ReportWriter(options ?? ChartOptions.Default);
        write(writer);
        return writer.ToString();
    }
}
