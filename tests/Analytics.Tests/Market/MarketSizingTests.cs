using Analytics.Market;

namespace Analytics.Tests.Market;

public class MarketSizingTests
{
    private static readonly MarketSizing Example = new(200_000m, 0.4m, 0.05m, 100, 45m);

    [Fact]
    public void TopDownAndBottomUp_HandComputed()
    {
        Assert.Equal(80_000m, Example.ServiceableMarket);   // 200,000 x 0.4
        Assert.Equal(4_000m, Example.ObtainableTopDown);    // 80,000 x 0.05
        Assert.Equal(4_500m, Example.ObtainableBottomUp);   // 100 x 45
        Assert.Equal(500m, Example.Gap);
        Assert.Equal(0.125m, Example.RelativeGap);
        Assert.Equal(0.05625m, Example.ImpliedShareOfServiceable);
    }

    [Fact]
    public void Reconciles_WithinTolerance_TrueOutside_False()
    {
        Assert.True(Example.Reconciles());
        Assert.False(Example.Reconciles(0.1m));
    }

    [Theory]
    [InlineData(0, 0.4, 0.05, 1, 1)]
    [InlineData(1, 1.4, 0.05, 1, 1)]
    [InlineData(1, 0.4, -0.05, 1, 1)]
    [InlineData(1, 0.4, 0.05, -1, 1)]
    [InlineData(1, 0.4, 0.05, 1, -1)]
    public void Constructor_Invalid_Throws(double tam, double fraction, double share, int customers, double deal)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MarketSizing((decimal)tam, (decimal)fraction, (decimal)share, customers, (decimal)deal));
}
