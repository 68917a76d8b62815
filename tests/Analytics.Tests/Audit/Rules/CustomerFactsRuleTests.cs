using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class CustomerFactsRuleTests
{
    private readonly CustomerFactsRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_RenewalsCover1200Of1800()
    {
        var f = Assert.Single(Run(_rule, Consistent));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("at most 1200 (A 20 x 30, B 25 x 18, C 15 x 10) of the 1800 repurchase target: 600", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountsDisagree_Errors()
    {
        var plan = Consistent.With(facts: Consistent.Facts.WithFacts(existingCustomers: 210, renewalDueCustomers: 61));
        var errors = Run(_rule, plan).Where(f => f.Severity == Severity.Error).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, f => f.Message.Contains("has 200 customers but the plan states 210", StringComparison.Ordinal));
        Assert.Contains(errors, f => f.Message.Contains("60 customers in the list are due for renewal in 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PotentialFarFromList_Warning()
    {
        var f = Single(_rule, Consistent.With(facts: Consistent.Facts.WithFacts(renewalPotential: 1500m)), Severity.Warning);
        Assert.Contains("add up to 1200", f.Message, StringComparison.Ordinal);
    }
}
