using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class ChildrenSumRuleTests
{
    private readonly ChildrenSumRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_IndustriesAddUpToMoreThanTheLine_ErrorNamesBothFigures()
    {
        var plan = Consistent.With(targets: Consistent.Targets.Replace("nc_3c", t => t.WithFigures(850m, null)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("new_customers", f.Message, StringComparison.Ordinal);
        Assert.Contains("is 2200 but its children add up to 2250", f.Message, StringComparison.Ordinal);
        Assert.Contains("Set new_customers to 2250.", f.Fixes);
        Assert.Equal(4, f.Location.Line);
    }

    [Fact]
    public void Check_StatedChildrenExceedParentWithShareOnlySiblings_Error()
    {
        // rp_south states 2000 of a 1800 line whose other regions are share-only.
        var plan = Consistent.With(targets: Consistent.Targets.Replace("rp_south", t => t.WithFigures(2000m, null)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("already add up to 2000", f.Message, StringComparison.Ordinal);
    }
}
