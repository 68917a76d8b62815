using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class WeibullTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new Weibull(2.5, 20));

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new Weibull(0.8, 3));

    [Fact]
    public void Moments_ShapeOne_IsExponential()
    {
        // Weibull(1, λ) is the exponential with mean λ and variance λ².
        var d = new Weibull(1, 7);
        Assert.Equal(7, d.Mean, 1e-12);
        Assert.Equal(49, d.Variance, 1e-10);
        Assert.Equal(1 - Math.Exp(-1), d.Cdf(7), 1e-15);
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Weibull(2.5, 20), 1e-14);

    [Fact]
    public void Constructor_NegativeShape_Throws()
        => Assert.Contains("shape must be a finite number > 0; was -1", Assert.Throws<ArgumentOutOfRangeException>(() => new Weibull(-1, 1)).Message, StringComparison.Ordinal);
}
