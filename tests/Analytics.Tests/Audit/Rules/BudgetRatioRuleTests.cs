using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class BudgetRatioRuleTests
{
    private readonly BudgetRatioRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_InfoWithRatio()
    {
        var f = Single(_rule, Consistent, Severity.Info);
        Assert.Contains("250 = 5% of the 5000 target", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RatioDisagreesWithBudget_Error()
    {
        var f = Single(_rule, Consistent.With(facts: Consistent.Facts.WithFacts(budgetRatio: 0.06m)), Severity.Error);
        Assert.Contains("is 5% of the 5000 target, but the plan states 6% (300)", f.Message, StringComparison.Ordinal);
    }
}
