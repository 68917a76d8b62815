using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsSplitFrontierTests
{
    private static readonly MarginFrontier Input = new(
        [new MarginPoint("36/44/20", 0.38, 1766), new MarginPoint("15/55/30", 0.42, 1830), new MarginPoint("10/40/50", 0.41, 1847)],
        [new MarginPoint("15/55/30", 0.42, 1830), new MarginPoint("10/40/50", 0.41, 1847)],
        [new MarginPoint(new BilingualText("計劃 36/44/20", "Plan 36/44/20"), 0.38, 1766), new MarginPoint(new BilingualText("最佳 15/55/30", "Best 15/55/30"), 0.42, 1830)]);

    [Fact]
    public void SplitFrontier_Chinese_EverySplitTheFrontierLineAndLabelledMarkers()
    {
        var chart = SalesCharts.SplitFrontier(Input);
        var f = Figure.Of(chart);
        Assert.Equal(4, f.Traces.Count);
        Assert.Equal([0.38, 0.42, 0.41], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([1766.0, 1830, 1847], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.Equal(["36/44/20", "15/55/30", "10/40/50"], Figure.Strings(f.Trace(0).GetProperty("customdata")));
        Assert.Equal("lines+markers", f.Trace(1).GetProperty("mode").GetString());
        Assert.Equal("計劃 36/44/20", f.Trace(2).GetProperty("name").GetString());
        Assert.Equal("star", f.Trace(2).GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal(".0%", f.Layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal("預期毛利（萬元）", f.AxisTitle("yaxis"));
        Assert.StartsWith("預期毛利與達標機率", f.Title, StringComparison.Ordinal);
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void SplitFrontier_EnglishInMillions_MarginsConvertedAndLabelsInEnglish()
    {
        var f = Figure.Of(SalesCharts.SplitFrontier(Input, ChartOptions.English));
        Assert.Equal([17.66, 18.30, 18.47], Figure.Numbers(f.Trace(0).GetProperty("y")).Select(v => Math.Round(v, 9)));
        Assert.Equal("Best 15/55/30", f.Trace(3).GetProperty("name").GetString());
        Assert.Equal("expected gross margin (million CNY)", f.AxisTitle("yaxis"));
    }

    [Fact]
    public void SplitFrontier_HostileLabel_Escaped()
    {
        var f = Figure.Of(SalesCharts.SplitFrontier(new MarginFrontier([new MarginPoint("<b>x</b>", 0.5, 1)], [], [])));
        Assert.Equal(["&lt;b&gt;x&lt;/b&gt;"], Figure.Strings(f.Trace(0).GetProperty("customdata")));
        Assert.Single(f.Traces); // no frontier, no markers: nothing drawn for them
    }

    [Fact]
    public void MarginPoint_ProbabilityOutsideZeroOne_Throws() => Assert.ThrowsAny<ArgumentException>(() => new MarginPoint("x", 1.2, 1));

    [Fact]
    public void MarginFrontier_NoSplits_Throws() => Assert.ThrowsAny<ArgumentException>(() => new MarginFrontier([], [], []));
}
