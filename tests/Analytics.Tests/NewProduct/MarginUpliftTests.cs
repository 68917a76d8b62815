using Analytics.NewProduct;

namespace Analytics.Tests.NewProduct;

public class MarginUpliftTests
{
    [Fact]
    public void Seed_FifteenPointsOn1000Of5000_HandComputed()
    {
        // Base 35%: new product 50%; incremental gross profit 1000 x 0.15 = 150; blended 35% + 0.2 x 15 = 38%.
        var u = new MarginUplift(0.35m, 0.15m, 1000m, 4000m);
        Assert.Equal(0.50m, u.NewProductMargin);
        Assert.Equal(500m, u.NewProductGrossProfit);
        Assert.Equal(150m, u.IncrementalGrossProfit);
        Assert.Equal(1900m, u.GrossProfit);          // 4000 x 0.35 + 500
        Assert.Equal(0.38m, u.BlendedMargin);
        Assert.Equal(0.03m, u.BlendedUplift);
    }

    [Fact]
    public void NoRevenue_BlendedIsBase()
        => Assert.Equal(0.35m, new MarginUplift(0.35m, 0.15m, 0m, 0m).BlendedMargin);

    [Fact]
    public void Constructor_MarginAboveOne_ThrowsWithRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MarginUplift(0.9m, 0.15m, 1m, 1m));
        Assert.Contains("[-0.9, 0.1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1, 0.15, 1, 1)]
    [InlineData(1.1, 0.0, 1, 1)]
    [InlineData(0.35, 0.15, -1, 1)]
    [InlineData(0.35, 0.15, 1, -1)]
    public void Constructor_Invalid_Throws(double margin, double uplift, double newRevenue, double other)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MarginUplift((decimal)margin, (decimal)uplift, (decimal)newRevenue, (decimal)other));
}
