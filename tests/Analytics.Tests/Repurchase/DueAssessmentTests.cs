using Analytics.Planning;
using Analytics.Repurchase;

namespace Analytics.Tests.Repurchase;

public class DueAssessmentTests
{
    // Line re-equipment every few years: k = 2, lambda = 4, so q_a = 1 - exp(-(2a + 1) / 16).
    private static readonly WeibullLife Cycle = new(2.0, 4.0);

    private static readonly InstalledCustomer[] Customers =
    [
        new("c1", CustomerTier.A, "3C", "珠三角", 2025),
        new("c2", CustomerTier.A, "3C", "長三角", 2022),
        new("c3", CustomerTier.B, "lithium", "江西", 2020),
        new("c4", CustomerTier.C, "packaging", "山東", 2024),
    ];

    private static double Q(int age) => 1 - Math.Exp(-((2.0 * age) + 1) / 16);

    [Fact]
    public void Of_ProbabilitiesFromAges_MostLikelyFirst()
    {
        var d = DueAssessment.Of(Customers, Cycle, 2025);
        Assert.Equal(["c3", "c2", "c4", "c1"], d.Customers.Select(c => c.Customer.Id));
        Assert.Equal([5, 3, 1, 0], d.Customers.Select(c => c.Age));
        Assert.Equal(0.4971684220290591, d.Customers[0].Probability, 14);   // 1 - e^(-11/16)
    }

    [Fact]
    public void Of_ExpectedDueOverallAndByTier()
    {
        var d = DueAssessment.Of(Customers, Cycle, 2025);
        Assert.Equal(Q(0) + Q(3) + Q(5) + Q(1), d.ExpectedDue, 12);
        Assert.Equal(Q(0) + Q(3), d.ExpectedDueByTier[CustomerTier.A], 12);
        Assert.Equal(Q(5), d.ExpectedDueByTier[CustomerTier.B], 12);
        Assert.Equal(Q(1), d.ExpectedDueByTier[CustomerTier.C], 12);
        var variance = new[] { 0, 3, 5, 1 }.Sum(a => Q(a) * (1 - Q(a)));
        Assert.Equal(Math.Sqrt(variance), d.DueStandardDeviation, 12);
    }

    [Fact]
    public void Likely_Threshold_KeepsThoseAtOrAbove()
        => Assert.Equal(["c3", "c2"], DueAssessment.Of(Customers, Cycle, 2025).Likely(0.3).Select(c => c.Customer.Id));

    [Fact]
    public void Of_InstallYearAfterYear_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DueAssessment.Of(Customers, Cycle, 2024));
        Assert.Contains("customer \"c1\" must have an install year <= 2024; was 2025", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_DuplicateId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => DueAssessment.Of([Customers[0], Customers[0]], Cycle, 2025));
        Assert.Contains("\"c1\" appears 2 times", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InstalledCustomer_FromPlanCustomer_KeepsIdTierIndustryRegionAndYear()
    {
        var planned = new Customer("C002", "洛陽恒達機械製造有限公司", CustomerTier.B, "packaging", "central", 2020, 8, 18m, Analytics.Common.SourceLocation.None);
        var c = InstalledCustomer.From(planned);
        Assert.Equal(("C002", CustomerTier.B, "packaging", "central", 2020), (c.Id, c.Tier, c.Industry, c.Region, c.InstallYear));
    }

    [Fact]
    public void InstalledCustomer_BlankIdOrBadYear_Throws()
    {
        Assert.Throws<ArgumentException>(() => new InstalledCustomer(" ", CustomerTier.A, "3C", "x", 2020));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InstalledCustomer("c", CustomerTier.A, "3C", "x", 1800));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InstalledCustomer("c", (CustomerTier)7, "3C", "x", 2020));
    }
}
