using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class ShareAmountRuleTests
{
    private readonly ShareAmountRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_ShareDisagreesWithAmount_ErrorWithBothFigures()
    {
        var plan = Consistent.With(targets: Consistent.Targets.Replace("repurchase", t => t.WithFigures(1800m, 0.40m)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("states 1800, which is 36% of company's 5000, but its share is 40% (2000)", f.Message, StringComparison.Ordinal);
        Assert.Contains("Set the share of repurchase to 0.36.", f.Fixes);
    }

    [Fact]
    public void Check_ShareRoundedAsWritten_Accepted()
    {
        // 1/3 written as 0.33 stands for [0.325, 0.335): 1666.67 of 5000 is 0.3333 -> consistent.
        var plan = Consistent.With(targets: Consistent.Targets.Replace("repurchase", t => t.WithFigures(1666.67m, 0.33m)));
        Assert.Empty(Run(_rule, plan));
    }
}
