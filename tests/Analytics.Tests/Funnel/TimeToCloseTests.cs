using Analytics.Funnel;
using MathNet.Numerics.Distributions;

namespace Analytics.Tests.Funnel;

public class TimeToCloseTests
{
    // Gamma with cv 1 is the exponential: P(close within x months) = 1 - e^(-x / mean).
    private static readonly TimeToClose Exponential4 = TimeToClose.Gamma(4.0, 1.0);

    [Theory]
    [InlineData(1, 11.5)]
    [InlineData(4, 8.5)]
    [InlineData(12, 0.5)]
    public void ProbabilityBookedThisYear_ExponentialMeanFour_HandComputed(int month, double monthsLeft)
        => Assert.Equal(1 - Math.Exp(-monthsLeft / 4), Exponential4.ProbabilityBookedThisYear(month), 12);

    [Fact]
    public void ShareBookedThisYear_AllYear_IsAverageOverMonths()
    {
        var expected = Enumerable.Range(1, 12).Average(m => 1 - Math.Exp(-(12.5 - m) / 4));
        Assert.Equal(expected, Exponential4.ShareBookedThisYear(LeadFlow.AllYear("x", LeadKind.Referral, 10)), 12);
    }

    [Fact]
    public void LogNormal_ProbabilityIsNormalCdfOfLog()
    {
        // mean 4, cv 0.5: sigma^2 = ln 1.25, mu = ln 4 - sigma^2 / 2.
        var ttc = TimeToClose.LogNormal(4.0, 0.5);
        var sigma = Math.Sqrt(Math.Log(1.25));
        var mu = Math.Log(4) - (sigma * sigma / 2);
        Assert.Equal(Normal.CDF(0, 1, (Math.Log(6.5) - mu) / sigma), ttc.ProbabilityBookedThisYear(6), 10);
        Assert.Equal(4.0, ttc.Months.Mean, 12);
    }

    [Fact]
    public void Gamma_MeanAndCv_AreKept()
    {
        var ttc = TimeToClose.Gamma(6.0, 0.5);
        Assert.Equal(6.0, ttc.Months.Mean, 12);
        Assert.Equal(3.0, ttc.Months.StandardDeviation, 12);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(4.0, 0.0)]
    [InlineData(double.PositiveInfinity, 1.0)]
    public void Gamma_Invalid_Throws(double mean, double cv)
        => Assert.Throws<ArgumentOutOfRangeException>(() => TimeToClose.Gamma(mean, cv));

    [Fact]
    public void ProbabilityBookedThisYear_MonthThirteen_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Exponential4.ProbabilityBookedThisYear(13));
}
