using Analytics.Market;
using Analytics.TestSupport;

namespace Analytics.Tests.Market;

public class GrowthInputsTests
{
    /// <summary>The seed plan's figures: 3800 → 5000, 2.3% share, market +15-20%, 200 customers of whom 60 are due (about 1200), lines 1800/2200/1000.</summary>
    private static GrowthInputs Seed(
        decimal lastYearSales = 3800,
        decimal target = 5000,
        decimal marketShare = 0.023m,
        decimal low = 0.15m,
        decimal high = 0.20m,
        int customers = 200,
        int due = 60,
        decimal potential = 1200,
        decimal existing = 1800,
        decimal? renewalExpected = null)
        => new(lastYearSales, target, marketShare, low, high, customers, due, potential, existing, 2200, 1000, renewalExpected);

    [Fact]
    public void Constructor_NewProductsNotAddingUpToTheirTotal_Throws()
        => Assert.Contains(
            "add up to 900",
            Assert.Throws<ArgumentException>(() => new GrowthInputs(3800, 5000, 0.023m, 0.15m, 0.20m, 200, 60, 1200, 1800, 2200, 1000, newProducts: [new("a", "A", 600m), new("b", "B", 300m)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Constructor_NewProductLineTwice_Throws()
        => Assert.Contains(
            "\"a\" more than once",
            Assert.Throws<ArgumentException>(() => new GrowthInputs(3800, 5000, 0.023m, 0.15m, 0.20m, 200, 60, 1200, 1800, 2200, 1000, newProducts: [new("a", "A", 600m), new("a", "A", 400m)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void FromPlan_TwoNewProducts_EachLineWithItsNamesAndTarget()
    {
        var g = GrowthInputs.FromPlan(Analytics.Loading.PlanLoader.Load(RepoPaths.Data("servo-2026")));
        Assert.Equal([("np_servo", "Next-generation servo drive", 1800m), ("np_encoder", "Absolute encoder module", 1200m)], g.NewProducts.Select(p => (p.Line, p.Name.En, p.Amount)));
    }

    [Fact]
    public void Constructor_SeedFigures_KeptAsGiven()
    {
        var g = Seed(renewalExpected: 900);
        Assert.Equal((3800m, 5000m, 0.023m, 0.15m, 0.20m), (g.LastYearSales, g.Target, g.MarketShare, g.MarketGrowthLow, g.MarketGrowthHigh));
        Assert.Equal((200, 60, 1200m), (g.CustomerBase, g.RenewalDueCustomers, g.RenewalPotential));
        Assert.Equal((1800m, 2200m, 1000m, (decimal?)900m), (g.ExistingCustomerTarget, g.NewCustomerTarget, g.NewProductTarget, g.RenewalExpected));
    }

    [Fact]
    public void Constructor_NoRenewalExpectation_Null() => Assert.Null(Seed().RenewalExpected);

    [Fact]
    public void FromPlan_ShippedPlan_ItsFactsAndLineAmounts()
    {
        var g = GrowthInputs.FromPlan(Shipped.Plan);
        Assert.Equal((3800m, 5000m, 0.023m, 0.15m, 0.20m), (g.LastYearSales, g.Target, g.MarketShare, g.MarketGrowthLow, g.MarketGrowthHigh));
        Assert.Equal((200, 60, 1200m), (g.CustomerBase, g.RenewalDueCustomers, g.RenewalPotential));
        // The plan's three business lines: existing-customer repurchase 1800, new customers 2200, the new product 1000.
        Assert.Equal((1800m, 2200m, 1000m), (g.ExistingCustomerTarget, g.NewCustomerTarget, g.NewProductTarget));
        Assert.Equal(g.Target, g.ExistingCustomerTarget + g.NewCustomerTarget + g.NewProductTarget);
        Assert.Null(g.RenewalExpected);
    }

    [Fact]
    public void FromPlan_RenewalExpectation_PassedThrough()
        => Assert.Equal(950m, GrowthInputs.FromPlan(Shipped.Plan, 950m).RenewalExpected);

    [Fact]
    public void FromPlan_Null_Throws() => Assert.Throws<ArgumentNullException>(() => GrowthInputs.FromPlan(null!));

    [Fact]
    public void Constructor_EqualGrowthEnds_Accepted() => Assert.Equal(0.1m, Seed(low: 0.1m, high: 0.1m).MarketGrowthHigh);

    [Fact]
    public void Constructor_HighBelowLow_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Seed(low: 0.2m, high: 0.15m));
        Assert.Equal("marketGrowthHigh", e.ParamName);
        Assert.Contains("must be >= marketGrowthLow (0.2); was 0.15", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_LastYearSalesNotPositive_Throws(int sales)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(lastYearSales: sales));

    [Fact]
    public void Constructor_ZeroTarget_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(target: 0));

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void Constructor_ShareOutsideZeroToOne_Throws(string share)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(marketShare: decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Constructor_WholeMarket_Accepted() => Assert.Equal(1m, Seed(marketShare: 1).MarketShare);

    [Fact]
    public void Constructor_MarketShrinkingByAllOfIt_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(low: -1m));

    [Fact]
    public void Constructor_MoreDueThanCustomers_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(customers: 50, due: 60));

    [Fact]
    public void Constructor_NegativeCustomers_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(customers: -1, due: 0));

    [Fact]
    public void Constructor_NegativeLineTarget_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Seed(existing: -1));

    [Theory]
    [InlineData(-1)]
    [InlineData(1201)]
    public void Constructor_RenewalExpectedOutsidePotential_Throws(int expected)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Seed(renewalExpected: expected));
        Assert.Contains("[0, renewalPotential = 1200]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RenewalExpectedAtThePotential_Accepted() => Assert.Equal(1200m, Seed(renewalExpected: 1200).RenewalExpected);
}
