using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsFanChartTests
{
    private static readonly FanBand Band = new([1, 2, 3], [300, 650, 1000], [400, 800, 1200], [500, 950, 1400], [300, 600, 900]);

    [Fact]
    public void FanChart_Band_P10ThenP90FilledToItThenMedianAndTarget()
    {
        var f = Figure.Of(SalesCharts.FanChart(Band));
        Assert.Equal(4, f.Traces.Count);
        Assert.Equal([300.0, 650, 1000], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.False(f.Trace(0).GetProperty("showlegend").GetBoolean());
        Assert.Equal([500.0, 950, 1400], Figure.Numbers(f.Trace(1).GetProperty("y")));
        Assert.Equal("tonexty", f.Trace(1).GetProperty("fill").GetString());
        Assert.Equal("P10-P90 區間", f.Trace(1).GetProperty("name").GetString());
        Assert.Equal([400.0, 800, 1200], Figure.Numbers(f.Trace(2).GetProperty("y")));
        Assert.Equal([300.0, 600, 900], Figure.Numbers(f.Trace(3).GetProperty("y")));
        Assert.Equal("dash", f.Trace(3).GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(["1月", "2月", "3月"], Figure.Strings(f.Trace(3).GetProperty("x")));
    }

    [Fact]
    public void FanChart_English_TitleAndMonthNames()
    {
        var f = Figure.Of(SalesCharts.FanChart(Band, ChartOptions.English));
        Assert.StartsWith("Cumulative revenue", f.Title, StringComparison.Ordinal);
        Assert.Equal(["Jan", "Feb", "Mar"], Figure.Strings(f.Trace(2).GetProperty("x")));
        Assert.Equal("cumulative (million CNY)", f.AxisTitle("yaxis"));
    }
}
