using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class UniformTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new Uniform(2, 10));

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new Uniform(-1, 1));

    [Fact]
    public void Moments_ClosedForm()
    {
        var d = new Uniform(2, 10);
        Assert.Equal(6, d.Mean);
        Assert.Equal(64.0 / 12, d.Variance, 1e-14);
        Assert.Equal(4, d.InverseCdf(0.25));
    }

    [Fact]
    public void Constructor_MaxNotAboveMin_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Uniform(3, 3));
        Assert.Contains("max must be a finite number > 3; was 3", e.Message, StringComparison.Ordinal);
    }
}
