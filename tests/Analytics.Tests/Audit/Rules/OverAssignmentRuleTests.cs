using Analytics.Audit;
using Analytics.Audit.Rules;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class OverAssignmentRuleTests
{
    private readonly OverAssignmentRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_ReportsRatio()
        => Assert.Contains("12080 = 2.416 x the 5000 target", Single(_rule, Consistent, Severity.Info).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_OwnerCreditShort_Warning()
    {
        var plan = Consistent.With(assignments: Consistent.Assignments.Where(a => a.TargetId != "rp_north").ToArray());
        Assert.Contains("Owner credit adds up to 4730", Single(_rule, plan, Severity.Warning).Message, StringComparison.Ordinal);
    }
}
