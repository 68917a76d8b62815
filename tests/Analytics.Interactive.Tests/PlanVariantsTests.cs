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

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void WithStatedMonthly_NoSuchQuarter_Throws(int quarter)
        => Assert.ThrowsAny<ArgumentException>(() => Shipped.Plan.WithStatedMonthly(quarter, 1m));
}
