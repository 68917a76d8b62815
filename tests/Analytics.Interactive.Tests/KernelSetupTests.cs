using Analytics.Charts;
using Analytics.Charts.Rendering;
using Analytics.TestSupport;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analytics.Interactive.Tests;

[Collection(NotebookOptionsCollection.Name)]
public class KernelSetupTests
{
    [Fact]
    public void Load_Twice_RegistersTheFormattersAndReportsPlotly()
    {
        KernelSetup.Load();
        var status = KernelSetup.Load();
        Assert.Equal(PlotlyJs.Version, status.PlotlyVersion);
        Assert.Contains("AuditReport", status.Formatters);
        Assert.Contains("SimulationResult", status.Formatters);
        Assert.Contains("GrowthJustification", status.Formatters);
        Assert.Contains("ScenarioNotes", status.Formatters);

        Assert.StartsWith("<div class=\"analytics\">", Formatter.ToDisplayString(Shipped.Plan, HtmlFormatter.MimeType), StringComparison.Ordinal);
        var chart = Formatter.ToDisplayString(SalesCharts.Phasing(Shipped.Decomposition), HtmlFormatter.MimeType);
        Assert.Contains("Plotly.newPlot(", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", chart, StringComparison.Ordinal);
    }
}
