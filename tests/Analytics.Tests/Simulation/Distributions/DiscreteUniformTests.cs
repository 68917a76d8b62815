using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class DiscreteUniformTests
{
    [Fact]
    public void Moments_FollowersFiveToEight()
    {
        // Seed scenario followers: uniform on {5, 6, 7, 8}: mean 6.5, variance (4² − 1)/12 = 1.25.
        var d = new DiscreteUniform(5, 8);
        Assert.Equal(6.5, d.Mean);
        Assert.Equal(1.25, d.Variance);
    }

    [Fact]
    public void SampleCount_Frequencies_FitPmf() => DistributionChecks.FitsPmf(new DiscreteUniform(5, 8));

    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new DiscreteUniform(-3, 17));

    [Fact]
    public void Constructor_MaxBelowMin_Throws()
        => Assert.Contains("max must be an integer in [8, 2147483647]; was 5", Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteUniform(8, 5)).Message, StringComparison.Ordinal);
}
