using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class ShareSumRuleTests
{
    private readonly ShareSumRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_RegionSharesAddUpTo105Percent_Error()
    {
        var plan = Consistent.With(targets: Consistent.Targets.Replace("rp_south", t => t.WithFigures(null, 0.35m)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("add up to 105%, not 100%", f.Message, StringComparison.Ordinal);
        Assert.Contains("repurchase", f.Message, StringComparison.Ordinal);
    }
}
