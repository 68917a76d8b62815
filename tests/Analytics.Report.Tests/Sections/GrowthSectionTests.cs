using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class GrowthSectionTests
{
    [Fact]
    public void GrowthSection_ShippedPlan_MarketTableViewsAndBothBridges()
    {
        var section = new GrowthSection();
        Assert.True(section.Applies(SectionContents.PlanOnly));
        var (html, charts) = SectionRun.Write(section, SectionContents.PlanOnly);
        Assert.Equal(["growth-bridge", "growth-market-bridge"], charts);
        // Hold-share sales 3800 x 1.15 = 4370, share needed 5000 / (165217.39 x 1.15) = 2.63%, share gain 630.
        Assert.Contains("<td>15.0%</td><td class=\"num\">4,370</td><td class=\"num\">2.63%</td><td class=\"num\">630</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>新產品</td><td class=\"num\">1,000</td><td class=\"num\">-200</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthSection_NoGrowthResult_DoesNotApply()
        => Assert.False(new GrowthSection().Applies(SectionContents.PlanOnly with { Growth = null }));
}
