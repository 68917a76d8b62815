using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsQuantilePlotTests
{
    private static readonly QuantilePlot Plot = new([10, 20, 35], [12, 19, 40], "gamma");

    [Fact]
    public void QuantilePlot_Points_FittedOnXObservedOnYAndTheDiagonalOverBoth()
    {
        var f = Figure.Of(SalesCharts.QuantilePlot(Plot, ChartOptions.English));
        Assert.Equal([10.0, 20, 35], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([12.0, 19, 40], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.Equal("markers", f.Trace(0).GetProperty("mode").GetString());
        // The diagonal runs from the smallest to the largest of both series: 10 to 40.
        Assert.Equal([10.0, 40], Figure.Numbers(f.Trace(1).GetProperty("x")));
        Assert.Equal([10.0, 40], Figure.Numbers(f.Trace(1).GetProperty("y")));
        Assert.Equal("fitted gamma quantile", f.AxisTitle("xaxis"));
        Assert.StartsWith("The data against the fitted gamma (Q-Q)", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantilePlot_Chinese_TitleAndAxes()
    {
        var f = Figure.Of(SalesCharts.QuantilePlot(Plot));
        Assert.Equal("觀測值", f.AxisTitle("yaxis"));
        Assert.StartsWith("資料與擬合的 gamma（Q-Q 圖）", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantilePlot_FamilyWithMarkup_Escaped()
        => Assert.Contains("&lt;b&gt;", Figure.Of(SalesCharts.QuantilePlot(new QuantilePlot([1], [1], "<b>"), ChartOptions.English)).Title, StringComparison.Ordinal);
}
