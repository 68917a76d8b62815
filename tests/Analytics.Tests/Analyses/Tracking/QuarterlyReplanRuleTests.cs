using Analytics.Analyses.Tracking;
using Analytics.TestSupport;

namespace Analytics.Tests.Analyses.Tracking;

public class QuarterlyReplanRuleTests
{
    [Fact]
    public void Of_ShippedPlan_TheSeedsRuleWithItsTwoSteps()
    {
        var rule = QuarterlyReplanRule.Of(Shipped.Plan)!;
        Assert.Equal(("quarter_below_80", 0.80m), (rule.Id, rule.Threshold));
        Assert.Equal([1, 2], rule.Steps.Select(s => s.Step));
        Assert.StartsWith("Concentrate resources", rule.Steps[1].ActionEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_PlanWithoutQuarterlyRule_Null()
        => Assert.Null(QuarterlyReplanRule.Of(Shipped.Plan.With(replanRules: [])));
}
