using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class IncentiveCostRuleTests
{
    private readonly IncentiveCostRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_CostsFitTheirLines()
    {
        var findings = Run(_rule, Consistent);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("5% x 880 = 44", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("1% x 2200 = 22", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RebateRateTooHighForItsLine_Warning()
    {
        var incentives = Consistent.Incentives.Select(i => i.Id == "channel_first_order_rebate" ? new Incentive(i.Id, i.NameZh, i.NameEn, i.Kind, 0.10m, i.Unit, i.AppliesTo, i.Source) : i).ToArray();
        var f = Single(_rule, Consistent.With(incentives: incentives), Severity.Warning);
        Assert.Contains("10% x 880 = 88", f.Message, StringComparison.Ordinal);
        Assert.Contains("overrun by 28", f.Message, StringComparison.Ordinal);
    }
}
