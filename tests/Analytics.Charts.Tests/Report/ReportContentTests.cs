using Analytics.Charts.Report;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Report;

public class ReportContentTests
{
    [Fact]
    public void FromPlan_ShippedPlan_DecomposedAuditedAndGrowthJustifiedWithNoSimulationResults()
    {
        var content = ReportContent.FromPlan(Shipped.Plan, "data/plc-2026");
        Assert.Equal(5000m, content.Decomposition.Root.Amount);
        Assert.Equal(2, content.Audit.Count(Analytics.Audit.Severity.Error));
        Assert.Equal("data/plc-2026", content.PlanSource);
        Assert.Null(content.Risk);
        Assert.Equal(3800m, content.Growth!.Bridge.Start);
        Assert.Equal(5000m, content.Growth.Bridge.End);
        Assert.Null(content.Splits);
    }
}
