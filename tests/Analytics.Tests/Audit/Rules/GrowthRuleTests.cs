using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class GrowthRuleTests
{
    private readonly GrowthRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_316PercentAsStated()
        // 5000 / 3800 - 1 = 0.315789..., within the 0.0005 that "0.316" stands for.
        => Assert.Contains("5000 / 3800 - 1 = 31.58%, as stated", Single(_rule, Consistent, Severity.Info).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_StatedGrowthWrong_Error()
    {
        var f = Single(_rule, Consistent.With(facts: Consistent.Facts.WithFacts(statedGrowth: 0.35m)), Severity.Error);
        Assert.Contains("stated growth is 35%", f.Message, StringComparison.Ordinal);
        Assert.Contains("Or set the target to 5130.", f.Fixes);
    }
}
