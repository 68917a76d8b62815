using Analytics.Market;

namespace Analytics.Tests.Market;

public class IndustryMarketTests
{
    [Fact]
    public void Properties_ThreeCExample_HandComputed()
    {
        var m = new IndustryMarket("3C electronics", 60_000m, 0.18m, 1_500m);
        Assert.Equal(0.025m, m.Share);
        Assert.Equal(70_800m, m.NextSize);
        Assert.Equal(1_770m, m.HoldShareRevenue);
        Assert.Equal(0.01m, Math.Round(m.RequiredShare(708m), 10));
    }

    [Theory]
    [InlineData("", 100, 0.1, 1)]
    [InlineData("x", 0, 0.1, 0)]
    [InlineData("x", 100, -1, 1)]
    [InlineData("x", 100, 0.1, -1)]
    [InlineData("x", 100, 0.1, 101)]
    public void Constructor_Invalid_Throws(string name, double size, double growth, double ours)
        => Assert.ThrowsAny<ArgumentException>(() => new IndustryMarket(name, (decimal)size, (decimal)growth, (decimal)ours));
}
