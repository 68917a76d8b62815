using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsBudgetReturnsTests
{
    private static readonly BudgetReturn[] Lines =
    [
        new(new BilingualText("展會", "trade shows"), 80, 12.5, 6.0, 20.0),
        new(new BilingualText("渠道返點", "channel rebates"), 60, 14.0, 8.0, 21.0),
        new(new BilingualText("培訓", "training"), 30, null, null, null),
    ];

    [Fact]
    public void BudgetReturns_Chinese_BarsWithP10P90WhiskersAndANoteForTheUnattributable()
    {
        var chart = SalesCharts.BudgetReturns(Lines);
        var f = Figure.Of(chart);
        Assert.Equal(2, f.Traces.Count);
        var bars = f.Trace(0);
        Assert.Equal("h", bars.GetProperty("orientation").GetString());
        Assert.Equal([12.5, 14.0], Figure.Numbers(bars.GetProperty("x")));
        Assert.Equal(["展會 (80 萬元)", "渠道返點 (60 萬元)"], Figure.Strings(bars.GetProperty("y")));
        Assert.Equal([7.5, 7.0], Figure.Numbers(bars.GetProperty("error_x").GetProperty("array")));
        Assert.Equal([6.5, 6.0], Figure.Numbers(bars.GetProperty("error_x").GetProperty("arrayminus")));
        Assert.Equal(["培訓 (30 萬元)"], Figure.Strings(f.Trace(1).GetProperty("y")));
        Assert.Equal(["無法歸因到銷售"], Figure.Strings(f.Trace(1).GetProperty("text")));
        Assert.Equal(["展會 (80 萬元)", "渠道返點 (60 萬元)", "培訓 (30 萬元)"], Figure.Strings(f.Layout.GetProperty("yaxis").GetProperty("categoryarray")));
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void BudgetReturns_EnglishInMillions_AmountsInTheUnitRatiosUnchanged()
    {
        var f = Figure.Of(SalesCharts.BudgetReturns(Lines, ChartOptions.English));
        Assert.Equal(["trade shows (0.80 million CNY)", "channel rebates (0.60 million CNY)"], Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.Equal([12.5, 14.0], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal("revenue ÷ spend (CNY per CNY)", f.AxisTitle("xaxis"));
    }

    [Fact]
    public void BudgetReturn_P10WithoutMeanOrZeroAmount_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new BudgetReturn("x", 10, null, 1, null));
        Assert.ThrowsAny<ArgumentException>(() => new BudgetReturn("x", 0, null, null, null));
    }
}
