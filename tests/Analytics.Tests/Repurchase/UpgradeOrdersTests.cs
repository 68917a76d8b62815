using Analytics.Repurchase;

namespace Analytics.Tests.Repurchase;

public class UpgradeOrdersTests
{
    [Fact]
    public void Expected_ReferencePool_Is100OrdersAnd1000()
    {
        var u = new UpgradeOrders(200, 0.5, 10m, 0.6);
        Assert.Equal(100.0, u.ExpectedOrders);
        Assert.Equal(1000m, u.ExpectedRevenue);
    }

    [Fact]
    public void RevenueStandardDeviation_CompoundPoisson_HandComputed()
        => Assert.Equal(Math.Sqrt(100 * 1.36) * 10, new UpgradeOrders(200, 0.5, 10m, 0.6).RevenueStandardDeviation, 10);

    [Theory]
    [InlineData(-1, 0.5, 10, 0)]
    [InlineData(1, -0.5, 10, 0)]
    [InlineData(1, double.NaN, 10, 0)]
    [InlineData(1, 0.5, -10, 0)]
    [InlineData(1, 0.5, 10, -0.1)]
    public void Constructor_Invalid_Throws(int customers, double rate, double value, double cv)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new UpgradeOrders(customers, rate, (decimal)value, cv));
}
