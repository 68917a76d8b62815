using Analytics.Audit;
using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests;

public class PlanVariantsTests
{
    [Fact]
    public void WithStatedMonthly_Q4At466_67_AuditHasNoErrorsAndFilesUntouched()
    {
        var corrected = Shipped.Plan.WithStatedMonthly(4, 466.67m);
        Assert.False(PlanAuditor.Audit(corrected).HasErrors);
        Assert.Equal(466.67m, corrected.Phasing[3].MonthlyAmount);
        Assert.Equal(600m, Shipped.Plan.Phasing[3].MonthlyAmount);
        Assert.Equal(5000m, PlanDecomposer.Decompose(corrected).Root.Amount);
    }

    [Fact]
    public void WithQuarterShares_BackLoaded_PhasesByTheNewShares()
    {
        var plan = Shipped.Plan.WithQuarterShares([0.16m, 0.21m, 0.27m, 0.36m]);
        Assert.Equal([800m, 1050m, 1350m, 1800m], PlanDecomposer.Decompose(plan).Year.Quarters);
        Assert.DoesNotContain(PlanAuditor.Audit(plan).Findings, f => f.Rule == "phasing-quarter" && f.Message.StartsWith("Q4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void WithStatedMonthly_NoSuchQuarter_Throws(int quarter)
        => Assert.ThrowsAny<ArgumentException>(() => Shipped.Plan.WithStatedMonthly(quarter, 1m));

    [Fact]
    public void WithQuarterShares_ThreeShares_Throws()
        => Assert.Throws<ArgumentException>(() => Shipped.Plan.WithQuarterShares([0.3m, 0.3m, 0.4m]));
}
