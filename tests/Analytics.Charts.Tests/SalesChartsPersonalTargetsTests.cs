using Analytics.Charts.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsPersonalTargetsTests
{
    [Fact]
    public void PersonalTargets_ShippedPlan_TotalAndOwnerBarsAndTheCompanyTargetLine()
    {
        var d = Shipped.Decomposition;
        var f = Figure.Of(SalesCharts.PersonalTargets(d));
        Assert.Equal(d.People.Select(p => (double)p.Total), Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal(d.People.Select(p => (double)p.OwnerTotal), Figure.Numbers(f.Trace(1).GetProperty("x")));
        Assert.Equal(12080, Figure.Numbers(f.Trace(0).GetProperty("x")).Sum());
        Assert.Equal(d.People.Select(p => p.Person.NameZh), Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.Equal(5000, Assert.Single(f.Shapes).GetProperty("x0").GetDouble());
        Assert.Contains("12,080 萬元 = 公司目標的 2.416 倍", f.Title, StringComparison.Ordinal);
        Assert.Equal("overlay", f.Layout.GetProperty("barmode").GetString());
    }
}
