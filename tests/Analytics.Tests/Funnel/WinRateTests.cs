using Analytics.Funnel;

namespace Analytics.Tests.Funnel;

public class WinRateTests
{
    private static readonly WinRate ThreeC = new(15, 85);

    [Fact]
    public void WinsProbability_TwoLeads_HandComputedBetaBinomial()
    {
        // Computed through log-gamma functions: good to about 1e-12, hence 11 places.
        // P(0) = 85 x 86 / (100 x 101); P(1) = 2 x 15 x 85 / (100 x 101); P(2) = 15 x 16 / (100 x 101).
        Assert.Equal(7310.0 / 10100, ThreeC.WinsProbability(2, 0), 11);
        Assert.Equal(2550.0 / 10100, ThreeC.WinsProbability(2, 1), 11);
        Assert.Equal(240.0 / 10100, ThreeC.WinsProbability(2, 2), 11);
        Assert.Equal(0.0, ThreeC.WinsProbability(2, 3));
    }

    [Fact]
    public void ProbabilityOfAtLeast_TwoLeadsOneWin_IsOneMinusPZero()
        => Assert.Equal(1 - (7310.0 / 10100), ThreeC.ProbabilityOfAtLeast(2, 1), 11);

    [Fact]
    public void WinsVariance_MatchesPmf()
    {
        // From the pmf above: E[W] = 3030 / 10100 = 0.3, E[W^2] = (2550 + 4 x 240) / 10100.
        Assert.Equal((3510.0 / 10100) - 0.09, ThreeC.WinsVariance(2), 12);
    }

    [Fact]
    public void WinsProbability_ManyLeads_SumsToOneWithMeanLTimesRate()
    {
        var pmf = Enumerable.Range(0, 121).Select(k => ThreeC.WinsProbability(120, k)).ToArray();
        Assert.Equal(1.0, pmf.Sum(), 10);
        Assert.Equal(18.0, pmf.Select((p, k) => p * k).Sum(), 8);
    }

    [Fact]
    public void FromMean_GivesAAndB()
    {
        var w = WinRate.FromMean(0.15, 100);
        Assert.Equal((15.0, 85.0), (w.Distribution.A, w.Distribution.B));
    }

    [Fact]
    public void Interval_NinetyPercent_HasFivePercentInEachTail()
    {
        var (low, high) = ThreeC.Interval(0.9);
        Assert.Equal(0.05, ThreeC.Distribution.Cdf(low), 9);
        Assert.Equal(0.95, ThreeC.Distribution.Cdf(high), 9);
        Assert.True(low < 0.15 && high > 0.15);
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(1.0, 10.0)]
    [InlineData(0.2, 0.0)]
    [InlineData(double.NaN, 10.0)]
    public void FromMean_Invalid_Throws(double mean, double strength)
        => Assert.Throws<ArgumentOutOfRangeException>(() => WinRate.FromMean(mean, strength));
}
