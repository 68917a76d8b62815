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

    [Fact]
    public void Check_StatedAmountAndSiblingSharesDisagree_ErrorNamesTheFigures()
    {
        // rp_south states 600 of the 1800 line; its siblings' shares are 20+25+10+15 = 70%, i.e. 1260,
        // so 600 + 1260 = 1860: the siblings would silently get the 1200 left (70% scaled to 66.67%).
        var plan = Consistent.With(targets: Consistent.Targets.Replace("rp_south", t => t.WithFigures(600m, null)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("take 600 (rp_south 600)", f.Message, StringComparison.Ordinal);
        Assert.Contains("= 70%) ask for 1260, together 1860", f.Message, StringComparison.Ordinal);
        Assert.Contains("get the 1200 left (rp_east 343, rp_central 429, rp_southwest 171, rp_north 257)", f.Message, StringComparison.Ordinal);
        Assert.Contains("Scale the share-only children's shares to add up to 66.67%.", f.Fixes);
        Assert.Contains("Or change the stated amounts by -60 in total.", f.Fixes);
    }

    [Fact]
    public void Check_StatedAmountAndSiblingSharesAgree_NoFinding()
    {
        // 540 + 70% of 1800 = 540 + 1260 = 1800.
        var plan = Consistent.With(targets: Consistent.Targets.Replace("rp_south", t => t.WithFigures(540m, null)));
        Assert.Empty(Run(_rule, plan));
    }

    [Fact]
    public void Check_ShareOnlySiblingsAllZeroLeaveAmountUnallocated_Error()
    {
        // Stated 1000 of 1800 and zero shares elsewhere: 800 would belong to no child.
        var plan = Consistent.With(targets: Consistent.Targets
            .Replace("rp_south", t => t.WithFigures(1000m, null))
            .Replace("rp_east", t => t.WithFigures(null, 0m))
            .Replace("rp_central", t => t.WithFigures(null, 0m))
            .Replace("rp_southwest", t => t.WithFigures(null, 0m))
            .Replace("rp_north", t => t.WithFigures(null, 0m)));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("together 1000", f.Message, StringComparison.Ordinal);
    }
}
