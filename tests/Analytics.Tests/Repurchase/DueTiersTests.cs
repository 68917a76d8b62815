using Analytics.Planning;
using Analytics.Repurchase;
using Analytics.TestSupport;

namespace Analytics.Tests.Repurchase;

public class DueTiersTests
{
    private static readonly Dictionary<CustomerTier, double> Reference = new() { [CustomerTier.A] = 0.8, [CustomerTier.B] = 0.6, [CustomerTier.C] = 0.4 };

    [Fact]
    public void Of_ShippedCustomers2026_TheSeedsSixtyDueCustomersByTier()
    {
        var tiers = DueTiers.Of(Plans.Shipped.Customers, 2026, Reference);
        Assert.Equal([(CustomerTier.A, 20, 30m), (CustomerTier.B, 25, 18m), (CustomerTier.C, 15, 10m)], tiers.Select(t => (t.Tier, t.Customers, t.OrderValue)));
        var outlook = RenewalOutlook.Of(tiers);
        Assert.Equal(1200m, outlook.Potential);
        Assert.Equal((20 * 0.8m * 30) + (25 * 0.6m * 18) + (15 * 0.4m * 10), outlook.Expected);
    }

    [Fact]
    public void Of_MissingProbabilityForADueTier_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => DueTiers.Of(Plans.Shipped.Customers, 2026, new Dictionary<CustomerTier, double> { [CustomerTier.A] = 0.8 }));
        Assert.Contains("tier B", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NobodyDue_Throws()
        => Assert.Throws<ArgumentException>(() => DueTiers.Of(Plans.Shipped.Customers, 1990, Reference));

    [Fact]
    public void Of_ProbabilityOutOfRange_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => DueTiers.Of(Plans.Shipped.Customers, 2026, new Dictionary<CustomerTier, double> { [CustomerTier.A] = 1.2, [CustomerTier.B] = 0.6, [CustomerTier.C] = 0.4 }));
}
