using Analytics.Charts.Tests.TestSupport;
using Analytics.Charts.Theme;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts.Tests.Theme;

public class PlotlyPropertiesTests
{
    private static Plotly.NET.GenericChart TwoBars()
        => C.Chart.Combine([C.Chart.Bar<double, string, string>([1.0], Keys: new[] { "a" }, UseDefaults: false), C.Chart.Bar<double, string, string>([2.0], Keys: new[] { "b" }, UseDefaults: false)]);

    [Fact]
    public void SetOnTraces_TwoTraces_EveryTraceGetsThePropertiesButTheNullOnes()
    {
        var chart = PlotlyProperties.SetOnTraces(TwoBars(), ("cliponaxis", false), ("hovertemplate", null));
        var figure = Figure.Of(chart);
        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.False(t.GetProperty("cliponaxis").GetBoolean()));
        Assert.All(figure.Traces, t => Assert.False(t.TryGetProperty("hovertemplate", out _)));
    }

    [Fact]
    public void Of_NestedProperties_ByTheirPlotlyNamesAndNullsLeftOut()
    {
        var chart = PlotlyProperties.SetOnTraces(TwoBars(), "marker", PlotlyProperties.Of(("color", "#ffffff"), ("line", PlotlyProperties.Of(("width", 1))), ("symbol", null)));
        var marker = Figure.Of(chart).Trace(1).GetProperty("marker");
        Assert.Equal("#ffffff", marker.GetProperty("color").GetString());
        Assert.Equal(1, marker.GetProperty("line").GetProperty("width").GetInt32());
        Assert.False(marker.TryGetProperty("symbol", out _));
    }
}
