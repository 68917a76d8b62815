using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class BernoulliTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new Bernoulli(0.35));

    [Fact]
    public void SampleCount_Frequencies_FitPmf() => DistributionChecks.FitsPmf(new Bernoulli(0.35));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_NotAProbability_Throws(double p)
        => Assert.Contains("p must be a probability in [0, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => new Bernoulli(p)).Message, StringComparison.Ordinal);
}
