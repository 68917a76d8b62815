using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsGrowthBridgeTests
{
    private static readonly BridgeBar[] Bridge =
    [
        new(new BilingualText("去年銷售", "Last year"), 3800, true),
        new(new BilingualText("市場增長", "Market growth"), 665, false),
        new(new BilingualText("流失", "Churn"), -100, false),
        new(new BilingualText("新產品", "New product"), 635, false),
        new(new BilingualText("今年目標", "Target"), 5000, true),
    ];

    [Fact]
    public void GrowthBridge_Steps_WaterfallWithAbsoluteTotalsAndRelativeSteps()
    {
        var f = Figure.Of(SalesCharts.GrowthBridge(Bridge));
        var trace = Assert.Single(f.Traces);
        Assert.Equal("waterfall", trace.GetProperty("type").GetString());
        Assert.Equal(["去年銷售", "市場增長", "流失", "新產品", "今年目標"], Figure.Strings(trace.GetProperty("x")));
        Assert.Equal([3800.0, 665, -100, 635, 5000], Figure.Numbers(trace.GetProperty("y")));
        Assert.Equal(["absolute", "relative", "relative", "relative", "absolute"], Figure.Strings(trace.GetProperty("measure")));
        Assert.Equal(["3,800", "+665", "-100", "+635", "5,000"], Figure.Strings(trace.GetProperty("text")));
        Assert.Equal("#c44e52", trace.GetProperty("decreasing").GetProperty("marker").GetProperty("color").GetString());
        Assert.StartsWith("增長橋", f.Title, StringComparison.Ordinal);
        Assert.Equal("萬元", f.AxisTitle("yaxis"));
    }

    [Fact]
    public void GrowthBridge_EnglishMillions_LabelsAndValuesConverted()
    {
        var f = Figure.Of(SalesCharts.GrowthBridge(Bridge, ChartOptions.English));
        var trace = f.Trace(0);
        Assert.Equal("Last year", Figure.Strings(trace.GetProperty("x"))[0]);
        Assert.Equal([38.0, 6.65, -1, 6.35, 50], Figure.Numbers(trace.GetProperty("y")));
        Assert.StartsWith("Growth bridge", f.Title, StringComparison.Ordinal);
        Assert.Equal("million CNY", f.AxisTitle("yaxis"));
        Assert.Contains("million CNY", trace.GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthBridge_HostileLabel_EscapedForPlotly()
    {
        var f = Figure.Of(SalesCharts.GrowthBridge([new("<script>alert(1)</script>", 1, true)]));
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", Figure.Strings(f.Trace(0).GetProperty("x"))[0]);
    }

    [Fact]
    public void GrowthBridge_HostileTitle_EscapedForPlotly()
        => Assert.Equal("Bridge &lt;img src=x&gt;", Figure.Of(SalesCharts.GrowthBridge(Bridge, ChartOptions.English, new BilingualText("橋", "Bridge <img src=x>"))).Title);

    [Fact]
    public void GrowthBridge_Title_Overrides()
        => Assert.Equal("Bridge by source", Figure.Of(SalesCharts.GrowthBridge(Bridge, ChartOptions.English, new BilingualText("按來源", "Bridge by source"))).Title);

    [Fact]
    public void GrowthBridge_NoSteps_Throws() => Assert.Throws<ArgumentException>(() => SalesCharts.GrowthBridge([]));
}
