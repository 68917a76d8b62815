using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class GammaTests
{
    [Theory]
    [InlineData(2.5, 4.0)]
    [InlineData(0.4, 1.0)]
    [InlineData(30.0, 0.1)]
    public void Samples_MeanAndVariance_MatchTheory(double shape, double scale) => DistributionChecks.MomentsMatch(new Gamma(shape, scale));

    [Theory]
    [InlineData(2.5, 4.0)]
    [InlineData(0.4, 1.0)]
    public void Sample_Draws_FitCdf(double shape, double scale) => DistributionChecks.FitsCdf(new Gamma(shape, scale));

    [Fact]
    public void Moments_ClosedForm()
    {
        var d = new Gamma(2.5, 4);
        Assert.Equal(10, d.Mean, 1e-14);
        Assert.Equal(40, d.Variance, 1e-13);
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Gamma(2.5, 4));

    [Fact]
    public void Constructor_ZeroScale_Throws()
        => Assert.Contains("scale must be a finite number > 0; was 0", Assert.Throws<ArgumentOutOfRangeException>(() => new Gamma(1, 0)).Message, StringComparison.Ordinal);
}
