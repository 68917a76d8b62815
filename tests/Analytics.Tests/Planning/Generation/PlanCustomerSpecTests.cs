using Analytics.Audit.Rules;
using Analytics.Planning;
using Analytics.Planning.Generation;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Planning.Generation;

public class PlanCustomerSpecTests
{
    private static readonly CustomerListSpec Spec = PlanCustomerSpec.From(Plans.Shipped);

    [Fact]
    public void From_ShippedPlan_CountsTiersAndOrdersOfItsFacts()
    {
        Assert.Equal(2026, Spec.PlanYear);
        Assert.Equal(200, Spec.Total);
        Assert.Equal([40, 80, 80], Enum.GetValues<CustomerTier>().Select(t => Spec.TierCounts[t]));
        Assert.Equal([20, 25, 15], Enum.GetValues<CustomerTier>().Select(t => Spec.DueCounts[t]));
        Assert.Equal([30m, 18m, 10m], Enum.GetValues<CustomerTier>().Select(t => Spec.RenewalOrders[t])); // 1200 / (20x30 + 25x18 + 15x10) = 1
    }

    [Fact]
    public void From_ShippedPlan_IndustriesByTheirTargetsRegionsByTheirRegionalTargets()
    {
        // 3C 800, lithium 700 + 1000 (new product), packaging 700 of 3200: 200 x 0.25 / 0.53125 / 0.21875 = 50 / 106.25 / 43.75.
        Assert.Equal(50, Spec.IndustryCounts["3c"]);
        Assert.Equal(106, Spec.IndustryCounts["lithium"]);
        Assert.Equal(44, Spec.IndustryCounts["packaging"]);

        // Lithium: central 280 + 400, southwest 245 + 350, south 175 + 250 of 1700.
        Assert.Equal([("central", 0.4m), ("southwest", 0.35m), ("south", 0.25m)], Spec.RegionMix["lithium"]);
        Assert.Equal(7, Spec.CycleYears["lithium"]);
    }

    [Fact]
    public void From_PotentialDoubled_OrdersDoubled()
    {
        var spec = PlanCustomerSpec.From(Plans.Shipped.With(facts: Plans.Shipped.Facts.With(renewalPotential: 2400m)));
        Assert.Equal([60m, 36m, 20m], Enum.GetValues<CustomerTier>().Select(t => spec.RenewalOrders[t]));
    }

    [Fact]
    public void Generate_FromAPlansFacts_TheAuditFindsTheListAgreesWithThem()
    {
        var plan = Consistent.With(facts: Consistent.Facts.With(existingCustomers: 333, renewalDueCustomers: 71, renewalPotential: 1500m));
        var customers = CustomerListGenerator.Generate(PlanCustomerSpec.From(plan), 7);
        Assert.Equal(333, customers.Count);
        Assert.Equal(71, customers.Count(c => c.IsDueIn(2026)));
        NoProblems(new CustomerFactsRule(), plan.With(customers: customers));
    }

    [Fact]
    public void Generate_SameSeed_SameList()
        => Assert.Equal(CustomerListGenerator.Generate(Spec, 5).Select(c => c.ToString()), CustomerListGenerator.Generate(Spec, 5).Select(c => c.ToString()));

    [Fact]
    public void From_MoreDueThanCustomers_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => CustomerListGenerator.Generate(PlanCustomerSpec.From(Plans.Shipped.With(facts: Plans.Shipped.Facts.With(existingCustomers: 10, renewalDueCustomers: 20))), 1));
}
