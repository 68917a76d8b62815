using Analytics.Funnel;

namespace Analytics.Tests.Funnel;

public class AcquisitionCostsTests
{
    [Fact]
    public void Totals_HandComputed()
    {
        // 1% of 300 referred + 5% of 880 through partners + 80 for the fairs = 3 + 44 + 80 = 127.
        var c = new AcquisitionCosts(300m, 0.01m, 880m, 0.05m, 80m, 50, 2200m);
        Assert.Equal(3m, c.ReferralRewards);
        Assert.Equal(44m, c.ChannelRebates);
        Assert.Equal(127m, c.Total);
        Assert.Equal(2.54m, c.PerNewCustomer);
        Assert.Equal(Math.Round(127m / 2200m, 20), Math.Round(c.ShareOfRevenue!.Value, 20));
    }

    [Fact]
    public void NoCustomersOrRevenue_RatiosAreNull()
    {
        var c = new AcquisitionCosts(0m, 0.01m, 0m, 0.05m, 80m, 0, 0m);
        Assert.Null(c.PerNewCustomer);
        Assert.Null(c.ShareOfRevenue);
    }

    [Theory]
    [InlineData(-1, 0.01, 0, 0, 0, 0, 0)]
    [InlineData(1, 1.01, 0, 0, 0, 0, 0)]
    [InlineData(1, 0.01, 0, -0.1, 0, 0, 0)]
    [InlineData(1, 0.01, 0, 0, -1, 0, 0)]
    [InlineData(1, 0.01, 0, 0, 0, double.NaN, 0)]
    public void Constructor_Invalid_Throws(double referral, double rate, double channel, double rebate, double fixedCosts, double customers, double revenue)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AcquisitionCosts((decimal)referral, (decimal)rate, (decimal)channel, (decimal)rebate, (decimal)fixedCosts, customers, (decimal)revenue));
}
