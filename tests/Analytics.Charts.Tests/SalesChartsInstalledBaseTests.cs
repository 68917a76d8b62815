using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsInstalledBaseTests
{
    [Fact]
    public void InstalledBase_Ages_UnitsAsBarsProbabilityOnSecondAxis()
    {
        var f = Figure.Of(SalesCharts.InstalledBase([new AgeBar(5, 12, 0.1), new AgeBar(6, 20, 0.35), new AgeBar(7, 8, 0.6)]));
        Assert.Equal([5.0, 6, 7], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([12.0, 20, 8], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.Equal([0.1, 0.35, 0.6], Figure.Numbers(f.Trace(1).GetProperty("y")));
        Assert.Equal("y2", f.Trace(1).GetProperty("yaxis").GetString());
        Assert.Equal(".0%", f.Layout.GetProperty("yaxis2").GetProperty("tickformat").GetString());
        Assert.Equal("設備機齡（年）", f.AxisTitle("xaxis"));
    }
}
