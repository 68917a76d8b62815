using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsSplitTernaryTests
{
    private static readonly TernaryPoint[] Points = [new(0.36, 0.44, 0.20, 0.54), new(0.5, 0.3, 0.2, 0.71)];

    [Fact]
    public void SplitTernary_Points_ColouredByProbabilityWithNamedMarkersOnTop()
    {
        var f = Figure.Of(SalesCharts.SplitTernary(Points, [new TernaryMarker(new BilingualText("計劃書", "Seed"), 0.36, 0.44, 0.20)]));
        Assert.Equal(2, f.Traces.Count);
        var grid = f.Trace(0);
        Assert.Equal("scatterternary", grid.GetProperty("type").GetString());
        Assert.Equal([0.36, 0.5], Figure.Numbers(grid.GetProperty("a")));
        Assert.Equal([0.44, 0.3], Figure.Numbers(grid.GetProperty("b")));
        Assert.Equal([0.20, 0.2], Figure.Numbers(grid.GetProperty("c")));
        Assert.Equal([0.54, 0.71], Figure.Numbers(grid.GetProperty("marker").GetProperty("color")));
        Assert.Equal(1, grid.GetProperty("marker").GetProperty("cmax").GetDouble());
        Assert.Equal("計劃書", f.Trace(1).GetProperty("name").GetString());
        var ternary = f.Layout.GetProperty("ternary");
        Assert.Equal(1, ternary.GetProperty("sum").GetDouble());
        Assert.Equal("存量客戶復購", ternary.GetProperty("aaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void SplitTernary_English_AxisNames()
    {
        var ternary = Figure.Of(SalesCharts.SplitTernary(Points, options: ChartOptions.English)).Layout.GetProperty("ternary");
        Assert.Equal("New product", ternary.GetProperty("caxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void SplitTernary_SplitMap_SameChartAsItsParts()
    {
        var markers = new[] { new TernaryMarker("seed", 0.36, 0.44, 0.20) };
        Assert.Equal(Analytics.Charts.Rendering.ChartJson.Of(SalesCharts.SplitTernary(Points, markers)), Analytics.Charts.Rendering.ChartJson.Of(SalesCharts.SplitTernary(new SplitMap(Points, markers))));
    }

    [Fact]
    public void SplitTernary_AxesGiven_CornersNamedByThem()
    {
        var ternary = Figure.Of(SalesCharts.SplitTernary(Points, options: ChartOptions.English, axes: [new BilingualText("甲", "Servo"), new BilingualText("乙", "Spares"), new BilingualText("丙", "Service")])).Layout.GetProperty("ternary");
        Assert.Equal("Servo", ternary.GetProperty("aaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Service", ternary.GetProperty("caxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void SplitTernary_TwoAxes_Throws()
        => Assert.Throws<ArgumentException>(() => SalesCharts.SplitTernary(Points, axes: ["a", "b"]));
}
