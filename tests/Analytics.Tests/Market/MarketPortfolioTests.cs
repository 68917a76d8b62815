using Analytics.Market;

namespace Analytics.Tests.Market;

public class MarketPortfolioTests
{
    private static readonly MarketPortfolio Two = new(
    [
        new IndustryMarket("slow", 100_000m, 0.10m, 1_000m),
        new IndustryMarket("fast", 50_000m, 0.30m, 2_000m),
    ]);

    [Fact]
    public void MarketGrowth_IsSizeWeighted()
        => Assert.Equal(25_000m / 150_000m, Two.MarketGrowth);   // (10,000 + 15,000) / 150,000

    [Fact]
    public void HoldShareGrowth_IsWeightedByOurSales()
    {
        // 1000 x 1.1 + 2000 x 1.3 = 3700 over 3000: 23.3%, above the market's 16.7% since our mix leans fast.
        Assert.Equal(3_700m, Two.HoldShareRevenue);
        Assert.Equal(700m / 3_000m, Two.HoldShareGrowth);
        Assert.Equal(0.02m, Two.Share);
    }

    [Fact]
    public void Constructor_DuplicateIndustry_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new MarketPortfolio([new("a", 1m, 0m, 0m), new("a", 2m, 0m, 0m)]));
        Assert.Contains("\"a\" appears 2 times", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => new MarketPortfolio([]));
}
