using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class TargetOwnerRuleTests
{
    private readonly TargetOwnerRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_RegionWithoutOwner_Error()
    {
        var plan = Consistent.With(assignments: Consistent.Assignments.Where(a => a.TargetId != "rp_north").ToArray());
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("rp_north, 270) has no owner", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoOwners_Warning()
    {
        var extra = new Assignment("rm_north", "nc_packaging_sd", Credit.Owner, Analytics.Common.SourceLocation.None);
        var plan = Consistent.With(assignments: Consistent.Assignments.Where(a => !(a.PersonId == "rm_north" && a.TargetId == "nc_packaging_sd")).Append(extra).ToArray());
        var f = Single(_rule, plan, Severity.Warning);
        Assert.Contains("has 2 owners", f.Message, StringComparison.Ordinal);
    }
}
