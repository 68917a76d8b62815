using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class NormalTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchParameters() => DistributionChecks.MomentsMatch(new Normal(100, 15));

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new Normal(-3, 0.5));

    [Fact]
    public void Cdf_AgainstMathNet_Agrees()
    {
        var d = new Normal(10, 2);
        foreach (var x in new[] { 4.0, 9.0, 10.0, 13.5 })
        {
            Assert.Equal(MathNet.Numerics.Distributions.Normal.CDF(10, 2, x), d.Cdf(x), 1e-14);
        }
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Normal(5, 3), 1e-14);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadStandardDeviation_ThrowsNamingParameterValueAndRange(double sd)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(0, sd));
        Assert.Equal("standardDeviation", e.ParamName);
        Assert.Contains("standardDeviation must be a finite number > 0; was", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NaNMean_Throws()
        => Assert.Contains("mean must be a finite number", Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(double.NaN, 1)).Message, StringComparison.Ordinal);
}
