using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsBassAdoptionTests
{
    [Fact]
    public void BassAdoption_Curve_BarsPerPeriodCumulativeOnSecondAxisAndPotentialLine()
    {
        var curve = new AdoptionCurve([1, 2, 3], [1.5, 2.5, 3.0], [1.5, 4.0, 7.0], AdoptionPeriod.Quarter, MarketPotential: 20);
        var f = Figure.Of(SalesCharts.BassAdoption(curve));
        Assert.Equal("bar", f.Trace(0).GetProperty("type").GetString());
        Assert.Equal([1.5, 2.5, 3.0], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.Equal([1.0, 2, 3], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([1.5, 4.0, 7.0], Figure.Numbers(f.Trace(1).GetProperty("y")));
        Assert.Equal("y2", f.Trace(1).GetProperty("yaxis").GetString());
        var potential = Assert.Single(f.Shapes);
        Assert.Equal(("y2", 20.0), (potential.GetProperty("yref").GetString(), potential.GetProperty("y0").GetDouble()));
        Assert.Equal("每季度新採用者", f.Trace(0).GetProperty("name").GetString());
    }

    [Fact]
    public void BassAdoption_NoPotential_NoLine()
        => Assert.Empty(Figure.Of(SalesCharts.BassAdoption(new AdoptionCurve([1], [1], [1]), ChartOptions.English)).Shapes);

    [Fact]
    public void BassAdoption_Title_InTheLanguageAndEscaped()
    {
        var curve = new AdoptionCurve([1], [1], [1]);
        Assert.Equal("新產品：沒有標桿效應", Figure.Of(SalesCharts.BassAdoption(curve, title: new BilingualText("新產品：沒有標桿效應", "New product: no benchmark effect"))).Title);
        Assert.Equal("Observed &lt;b&gt;", Figure.Of(SalesCharts.BassAdoption(curve, ChartOptions.English, new BilingualText("觀測", "Observed <b>"))).Title);
    }
}
