using Analytics.Charts.Inputs;
using Analytics.Charts.Rendering;

namespace Analytics.Charts.Tests.Rendering;

public class PlotlyHtmlTests
{
    private static readonly Plotly.NET.GenericChart Chart = SalesCharts.GrowthBridge([new BridgeBar("x", 1, true)]);

    [Fact]
    public void ChartElement_Chart_DivAndDrawingScriptThatReportsFailures()
    {
        var html = PlotlyHtml.ChartElement(Chart, "bridge");
        Assert.Contains("<div class=\"chart\" id=\"bridge\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot(el, fig.data, fig.layout", html, StringComparison.Ordinal);
        Assert.Contains("console.error(\"chart bridge failed to draw:\"", html, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"waterfall\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartElement_Static_NoToolbarOrInteraction()
    {
        Assert.Contains("Plotly.newPlot(el, fig.data, fig.layout, { staticPlot: true })", PlotlyHtml.ChartElement(Chart, "c", staticPlot: true), StringComparison.Ordinal);
        Assert.Contains("{ responsive: true, displaylogo: false }", PlotlyHtml.ChartElement(Chart, "c"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("x\"><script>")]
    [InlineData("")]
    public void ChartElement_UnsafeId_Throws(string id) => Assert.ThrowsAny<ArgumentException>(() => PlotlyHtml.ChartElement(Chart, id));
}
