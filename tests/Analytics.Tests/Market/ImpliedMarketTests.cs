using Analytics.Market;

namespace Analytics.Tests.Market;

public class ImpliedMarketTests
{
    [Fact]
    public void FromShare_Seed_Is165217Point39()
    {
        // 3800 / 0.023 by hand: 3,800,000 / 23 = 165,217.391...
        Assert.Equal(165_217.39m, Math.Round(ImpliedMarket.FromShare(3800m, 0.023m), 2));
    }

    [Fact]
    public void Share_SalesOfMarket_IsFraction()
        => Assert.Equal(0.25m, ImpliedMarket.Share(50m, 200m));

    [Theory]
    [InlineData(0, 0.023, "sales")]
    [InlineData(-1, 0.023, "sales")]
    [InlineData(3800, 0, "share")]
    [InlineData(3800, 1.2, "share")]
    [InlineData(3800, -0.1, "share")]
    public void FromShare_Invalid_ThrowsNamingParameter(double sales, double share, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ImpliedMarket.FromShare((decimal)sales, (decimal)share));
        Assert.Equal(name, e.ParamName);
        Assert.Contains("was ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_SalesAboveMarket_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ImpliedMarket.Share(300m, 200m));
        Assert.Contains("at most the market size 200", e.Message, StringComparison.Ordinal);
    }
}
