using Analytics.Planning;
using Analytics.Repurchase;

namespace Analytics.Tests.Repurchase;

public class RenewalOutlookTests
{
    private static readonly DueTier[] ReferenceTiers =
    [
        new(CustomerTier.A, 20, 0.80, 30m),
        new(CustomerTier.B, 25, 0.60, 18m),
        new(CustomerTier.C, 15, 0.40, 10m),
    ];

    [Fact]
    public void Of_ReferenceTiers_PotentialIs1200ExpectedIs810()
    {
        // 20x30 + 25x18 + 15x10 = 1200 (the seed's "about 1200"); 480 + 270 + 60 = 810.
        var o = RenewalOutlook.Of(ReferenceTiers);
        Assert.Equal(60, o.Customers);
        Assert.Equal(1200m, o.Potential);
        Assert.Equal(810m, o.Expected);
        Assert.Equal(0.675m, o.ExpectedShareOfPotential);
        Assert.Equal(37.0, o.ExpectedRenewing, 12);    // 16 + 15 + 6
    }

    [Fact]
    public void Of_ReferenceTiers_RevenueSdIs72()
    {
        // sqrt(20 x .8 x .2 x 900 + 25 x .6 x .4 x 324 + 15 x .4 x .6 x 100) = sqrt(5184) = 72.
        Assert.Equal(72.0, RenewalOutlook.Of(ReferenceTiers).RevenueStandardDeviation, 10);
    }

    [Fact]
    public void DueTier_RenewingSd_IsBinomial()
        => Assert.Equal(Math.Sqrt(20 * 0.8 * 0.2), ReferenceTiers[0].RenewingStandardDeviation, 14);

    [Fact]
    public void Of_RepeatedTier_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => RenewalOutlook.Of([ReferenceTiers[0], ReferenceTiers[0]]));
        Assert.Contains("\"A\" appears 2 times", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.5, 1)]
    [InlineData(1, 1.5, 1)]
    [InlineData(1, -0.1, 1)]
    [InlineData(1, double.NaN, 1)]
    [InlineData(1, 0.5, -1)]
    public void DueTier_Invalid_Throws(int customers, double p, double value)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new DueTier(CustomerTier.A, customers, p, (decimal)value));

    [Fact]
    public void DueTier_ProbabilityAboveOne_MessageNamesRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DueTier(CustomerTier.A, 1, 1.2, 1m));
        Assert.Contains("probability must be a probability in [0, 1]; was 1.2", e.Message, StringComparison.Ordinal);
    }
}
