using Analytics.Market;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests;

public class GrowthVariantsTests
{
    [Fact]
    public void With_SlowerMarket_OnlyTheMarketChangesAndTheShareNeededRises()
    {
        var inputs = GrowthInputs.FromPlan(Shipped.Plan);
        var slow = inputs.With(marketGrowthLow: 0.10m, marketGrowthHigh: 0.12m);
        Assert.Equal((0.10m, 0.12m, inputs.MarketShare, inputs.Target), (slow.MarketGrowthLow, slow.MarketGrowthHigh, slow.MarketShare, slow.Target));
        Assert.Equal(inputs.NewProductTarget, slow.NewProductTarget);
        // Hold-share sales 3800 x 1.10 = 4180: 820 left to share gain instead of 630.
        Assert.Equal(820m, GrowthJustification.Of(slow).AtLowGrowth.ShareGainRevenue);
    }

    [Fact]
    public void With_NothingGiven_SameFigures()
        => Assert.Equal(GrowthJustification.Of(GrowthInputs.FromPlan(Shipped.Plan)).RequiredShareLow, GrowthJustification.Of(GrowthInputs.FromPlan(Shipped.Plan).With()).RequiredShareLow);

    [Fact]
    public void With_ImpossibleMarket_ThrowsNamingIt()
    {
        var inputs = GrowthInputs.FromPlan(Shipped.Plan);
        Assert.ThrowsAny<ArgumentException>(() => inputs.With(marketShare: 0m));
        Assert.ThrowsAny<ArgumentException>(() => inputs.With(marketGrowthLow: 0.3m, marketGrowthHigh: 0.2m));
    }
}
