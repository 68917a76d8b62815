using Analytics.Market;
using CsCheck;

namespace Analytics.Tests.Market;

public class GrowthJustificationTests
{
    /// <summary>The seed's figures; renewals expected from the reference tiers: 20x0.8x30 + 25x0.6x18 + 15x0.4x10 = 810.</summary>
    private static GrowthInputs Seed(decimal? renewalExpected = 810m, decimal newProduct = 1000m)
        => new(3800m, 5000m, 0.023m, 0.15m, 0.20m, 200, 60, 1200m, 1800m, 2200m, newProduct, renewalExpected);

    [Fact]
    public void Of_Seed_HeadlineFiguresMatchHandComputation()
    {
        var j = GrowthJustification.Of(Seed());
        Assert.Equal(3800m, j.LastYear);
        Assert.Equal(5000m, j.Target);
        Assert.Equal(1200m, j.Increment);
        Assert.Equal(0.3158m, Math.Round(j.Growth, 4));
        Assert.Equal(165_217.39m, Math.Round(j.ImpliedMarketSize, 2));
        Assert.Equal(0.026316m, Math.Round(j.RequiredShareLow, 6));
        Assert.Equal(0.025219m, Math.Round(j.RequiredShareHigh, 6));
        Assert.Equal(4370m, j.HoldShareRevenueLow);
        Assert.Equal(4560m, j.HoldShareRevenueHigh);
    }

    [Fact]
    public void Of_Seed_ViewsAgainstTheIncrement()
    {
        var j = GrowthJustification.Of(Seed());
        var market = j.Views.Single(v => v.Kind == GrowthViewKind.Market);
        Assert.Equal((570m, 760m), (market.ContributionLow, market.ContributionHigh));   // 3800 x 15%, 3800 x 20%
        Assert.Equal((0.15m, 0.20m), (market.ImpliedGrowthLow, market.ImpliedGrowthHigh));
        Assert.Equal((-630m, -440m), (market.GapLow, market.GapHigh));

        var customers = j.Views.Single(v => v.Kind == GrowthViewKind.Customers);
        Assert.Equal((810m, 1200m), (customers.ContributionLow, customers.ContributionHigh));
        Assert.Equal((-390m, 0m), (customers.GapLow, customers.GapHigh));
        Assert.Equal(6m / 19m, customers.ImpliedGrowthHigh);                            // 1200 / 3800

        var product = j.Views.Single(v => v.Kind == GrowthViewKind.Product);
        Assert.Equal(-200m, product.GapLow);
        Assert.Equal(5m / 19m, product.ImpliedGrowthLow);                                // 1000 / 3800

        // 570 + 810 + 1000 - 1200 and 760 + 1200 + 1000 - 1200: the views overlap, they are not additive.
        Assert.Equal(1180m, j.OverlapLow);
        Assert.Equal(1760m, j.OverlapHigh);
    }

    [Fact]
    public void Of_NoExpectedRenewals_CustomerViewIsThePotential()
    {
        var customers = GrowthJustification.Of(Seed(renewalExpected: null)).Views[1];
        Assert.Equal((1200m, 1200m), (customers.ContributionLow, customers.ContributionHigh));
    }

    [Fact]
    public void Of_Seed_BridgeBySourceIsExact()
    {
        var b = GrowthJustification.Of(Seed()).Bridge;
        Assert.Equal(3800m, b.Start);
        Assert.Equal([-2000m, 2200m, 1000m], b.Steps.Select(s => s.Amount));   // 1800 - 3800, 2200, 1000
        Assert.Equal(5000m, b.End);
    }

    [Fact]
    public void Of_ServoExample_OneBridgeStepPerNewProductAddingUpToTheTarget()
    {
        // data/servo-2026: 9000 last year, 11,500 target; repurchase 4000, new customers 4500, the servo drive 1800 and the encoder module 1200.
        var b = GrowthJustification.Of(GrowthInputs.FromPlan(Analytics.Loading.PlanLoader.Load(Analytics.TestSupport.RepoPaths.Data("servo-2026")))).Bridge;
        Assert.Equal(9000m, b.Start);
        Assert.Equal(
            [("existing customers (plan vs last year)", -5000m), ("new customers", 4500m), ("new product: Next-generation servo drive", 1800m), ("new product: Absolute encoder module", 1200m)],
            b.Steps.Select(s => (s.Label, s.Amount)));                                     // 4000 - 9000, 4500, 1800, 1200
        Assert.Equal(11_500m, b.End);                                                        // 9000 - 5000 + 4500 + 1800 + 1200
        Assert.Equal(["新一代伺服驅動器", "絕對值編碼器模組"], b.Steps.Where(s => s.Source == BridgeSource.NewProduct).Select(s => s.Name!.Zh));
    }

    [Fact]
    public void Of_OneNewProductLine_OneUnnamedStep()
    {
        var b = GrowthJustification.Of(GrowthInputs.FromPlan(Analytics.Loading.PlanLoader.Load(Analytics.TestSupport.RepoPaths.ShippedPlan))).Bridge;
        Assert.Equal(new BridgeStep("new product", 1000m, BridgeSource.NewProduct), Assert.Single(b.Steps, s => s.Source == BridgeSource.NewProduct));
    }

    [Fact]
    public void Of_Seed_MarketBridgesSplitIncrementIntoGrowthAndShareGain()
    {
        var j = GrowthJustification.Of(Seed());
        Assert.Equal([570m, 630m], j.MarketBridgeLow.Steps.Select(s => s.Amount));
        Assert.Equal([760m, 440m], j.MarketBridgeHigh.Steps.Select(s => s.Amount));
    }

    [Fact]
    public void Of_SourcesShortOfTarget_BridgeShowsUnattributedBar()
    {
        var j = GrowthJustification.Of(Seed(newProduct: 900m));
        Assert.Equal(100m, j.Unattributed);
        Assert.Equal(new BridgeStep("not attributed to a source", 100m, BridgeSource.Unattributed), j.Bridge.Steps[^1]);
    }

    [Fact]
    public void Of_AnyValidInputs_BridgeEndsExactlyAtTarget()
    {
        // Plan money has a few decimals (TableRow reads amounts like 1234.56); within that, decimal sums are exact.
        var amount = Gen.Long[0, 100_000_000].Select(cents => cents / 100m);
        var positive = Gen.Long[1, 100_000_000].Select(cents => cents / 100m);
        Gen.Select(positive, positive, amount, amount, amount)
            .Sample((s0, t, existing, fresh, product) =>
            {
                var inputs = new GrowthInputs(s0, t, 0.05m, 0.1m, 0.2m, 10, 5, 100m, existing, fresh, product);
                var j = GrowthJustification.Of(inputs);
                Assert.Equal(t, j.Bridge.Start + j.Bridge.Steps.Sum(s => s.Amount));
                Assert.Equal(t, j.MarketBridgeLow.Start + j.MarketBridgeLow.Steps.Sum(s => s.Amount));
            });
    }

    [Fact]
    public void Of_Seed_ImpliedUpgradesAre600()
        => Assert.Equal(600m, GrowthJustification.Of(Seed()).ImpliedUpgrades);   // 1800 - 1200

    [Fact]
    public void FromPlan_ShippedPlan_ReadsFactsAndLines()
    {
        var inputs = GrowthInputs.FromPlan(Analytics.Loading.PlanLoader.Load(Analytics.TestSupport.RepoPaths.ShippedPlan));
        Assert.Equal((3800m, 5000m, 0.023m, 0.15m, 0.20m), (inputs.LastYearSales, inputs.Target, inputs.MarketShare, inputs.MarketGrowthLow, inputs.MarketGrowthHigh));
        Assert.Equal((200, 60, 1200m), (inputs.CustomerBase, inputs.RenewalDueCustomers, inputs.RenewalPotential));
        Assert.Equal((1800m, 2200m, 1000m), (inputs.ExistingCustomerTarget, inputs.NewCustomerTarget, inputs.NewProductTarget));
    }

    [Fact]
    public void GrowthInputs_HighGrowthBelowLow_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthInputs(3800m, 5000m, 0.023m, 0.2m, 0.15m, 200, 60, 1200m, 1800m, 2200m, 1000m));
        Assert.Equal("marketGrowthHigh", e.ParamName);
    }

    [Fact]
    public void GrowthInputs_MoreDueThanCustomers_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthInputs(3800m, 5000m, 0.023m, 0.15m, 0.2m, 50, 60, 1200m, 1800m, 2200m, 1000m));
        Assert.Contains("renewalDueCustomers must be an integer in [0, 50]; was 60", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthInputs_ExpectedAbovePotential_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Seed(renewalExpected: 1300m));
        Assert.Equal("renewalExpected", e.ParamName);
    }

    [Theory]
    [InlineData(0, 5000, 0.023)]
    [InlineData(3800, 0, 0.023)]
    [InlineData(3800, 5000, 0)]
    [InlineData(3800, 5000, 1.5)]
    public void GrowthInputs_InvalidBasics_Throw(double s0, double t, double share)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthInputs((decimal)s0, (decimal)t, (decimal)share, 0.15m, 0.2m, 200, 60, 1200m, 1800m, 2200m, 1000m));
}
