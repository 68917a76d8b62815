using Analytics.Charts.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsPhasingTests
{
    [Fact]
    public void Phasing_ShippedPlan_BarsByShareAndTheStatedLineShowTheQ4Gap()
    {
        var f = Figure.Of(SalesCharts.Phasing(Shipped.Decomposition));
        Assert.Equal(5, f.Traces.Count);
        var bars = f.Traces.Take(4).ToArray();
        Assert.All(bars, b => Assert.Equal("bar", b.GetProperty("type").GetString()));
        Assert.Equal([900.0, 1200, 1500, 1400], bars.Select(b => Figure.Numbers(b.GetProperty("y")).Sum()));
        Assert.Equal([467.0, 467, 466], Figure.Numbers(bars[3].GetProperty("y")));
        Assert.Equal(["10月", "11月", "12月"], Figure.Strings(bars[3].GetProperty("x")));
        Assert.Equal("Q4 28.0% = 1,400", bars[3].GetProperty("name").GetString());

        var stated = f.Trace(4);
        Assert.Equal("scatter", stated.GetProperty("type").GetString());
        Assert.Equal([300.0, 300, 300, 400, 400, 400, 500, 500, 500, 600, 600, 600], Figure.Numbers(stated.GetProperty("y")));
        Assert.Equal("計劃書所列月度目標", stated.GetProperty("name").GetString());
        Assert.Contains("<b>Q4</b> 1,400", f.AnnotationTexts);
        Assert.Contains("合計 5,000 萬元", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Phasing_English_MonthNamesAndTitle()
    {
        var f = Figure.Of(SalesCharts.Phasing(Shipped.Decomposition, ChartOptions.English));
        Assert.Equal(["Oct", "Nov", "Dec"], Figure.Strings(f.Trace(3).GetProperty("x")));
        Assert.Equal([6.0, 6, 6], Figure.Numbers(f.Trace(4).GetProperty("y")).TakeLast(3));
        Assert.StartsWith("Targets by quarter and month", f.Title, StringComparison.Ordinal);
    }
}
