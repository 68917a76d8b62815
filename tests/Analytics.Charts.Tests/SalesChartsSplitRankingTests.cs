using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsSplitRankingTests
{
    private static readonly SplitRanking Input = new(
        [new BilingualText("復購", "Repurchase"), new BilingualText("新客", "New customers"), new BilingualText("伺服 X", "Servo X"), new BilingualText("伺服 Y", "Servo Y")],
        [new RankedSplit(new BilingualText("計劃", "Plan"), [0.3, 0.4, 0.2, 0.1], 0.42), new RankedSplit(new BilingualText("最佳", "Best"), [0.2, 0.5, 0.2, 0.1], 0.47)]);

    [Fact]
    public void SplitRanking_Chinese_OneStackedTracePerLineOneBarPerSplitWithItsProbability()
    {
        var chart = SalesCharts.SplitRanking(Input);
        var f = Figure.Of(chart);
        Assert.Equal(4, f.Traces.Count);
        Assert.Equal(["復購", "新客", "伺服 X", "伺服 Y"], f.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(f.Traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal([0.3, 0.2], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([0.1, 0.1], Figure.Numbers(f.Trace(3).GetProperty("x")));
        Assert.Equal(["計劃 · 42.0%", "最佳 · 47.0%"], Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.Equal(["30%", "20%"], Figure.Strings(f.Trace(0).GetProperty("text")));
        Assert.Equal("stack", f.Layout.GetProperty("barmode").GetString());
        Assert.Equal("reversed", f.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.StartsWith("最佳占比與計劃", f.Title, StringComparison.Ordinal);
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void SplitRanking_English_NamesInEnglish()
    {
        var f = Figure.Of(SalesCharts.SplitRanking(Input, ChartOptions.English));
        Assert.Equal("Servo X", f.Trace(2).GetProperty("name").GetString());
        Assert.Equal(["Plan · 42.0%", "Best · 47.0%"], Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.StartsWith("The best splits and the plan", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitRanking_Null_Throws() => Assert.ThrowsAny<ArgumentException>(() => SalesCharts.SplitRanking(null!));
}
