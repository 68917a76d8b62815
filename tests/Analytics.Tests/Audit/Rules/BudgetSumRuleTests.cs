using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class BudgetSumRuleTests
{
    private readonly BudgetSumRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_LinesDoNotAddUpToTotal_Error()
    {
        var plan = Consistent.With(facts: Consistent.Facts.WithFacts(budgetTotal: 260m, budgetRatio: 0.052m));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("add up to 250", f.Message, StringComparison.Ordinal);
        Assert.Contains("not the budget total of 260", f.Message, StringComparison.Ordinal);
        Assert.Equal(19, f.Location.Line);
    }
}
