using Analytics.Audit;
using Analytics.TestSupport;

namespace Analytics.Tests.Audit;

public class PlanAuditorTests
{
    [Fact]
    public void Audit_ShippedPlan_ExactlyTheQ4Errors()
    {
        var report = PlanAuditor.Audit(Plans.Shipped);
        Assert.True(report.HasErrors);
        Assert.Equal(["phasing-quarter", "phasing-total"], report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Rule));
        Assert.Equal(0, report.Count(Severity.Warning));
    }

    [Fact]
    public void Audit_ShippedPlanWithQ4Corrected_NoErrorOrWarning()
    {
        var report = PlanAuditor.Audit(AuditTestKit.Consistent);
        Assert.False(report.HasErrors);
        Assert.Equal(0, report.Count(Severity.Warning));
    }

    [Fact]
    public void Audit_Findings_OrderedBySeverity()
    {
        var severities = PlanAuditor.Audit(Plans.Shipped).Findings.Select(f => f.Severity).ToArray();
        Assert.Equal(severities.OrderBy(s => s), severities);
    }

    [Fact]
    public void DefaultRules_IdsUnique()
        => Assert.Equal(PlanAuditor.DefaultRules.Count, PlanAuditor.DefaultRules.Select(r => r.Id).Distinct().Count());

    [Fact]
    public void Audit_ServoExample_NoErrorNoWarning()
    {
        var report = PlanAuditor.Audit(Analytics.Loading.PlanLoader.Load(RepoPaths.Data("servo-2026")));
        Assert.All(report.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(report.Findings, f => f.Rule == "over-assignment" && f.Message.Contains("Key-account manager 1800, Channel manager 1350, Product manager 1200", StringComparison.Ordinal));
    }
}
