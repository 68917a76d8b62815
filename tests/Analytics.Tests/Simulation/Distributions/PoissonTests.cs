using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class PoissonTests
{
    [Theory]
    [InlineData(100.0)]
    [InlineData(2.5)]
    public void SampleCount_Table_FitsPmf(double mean) => DistributionChecks.FitsPmf(new Poisson(mean));

    [Theory]
    [InlineData(120.0)]
    [InlineData(0.3)]
    public void Samples_MeanAndVariance_MatchTheory(double mean) => DistributionChecks.MomentsMatch(new Poisson(mean));

    [Theory]
    [InlineData(4.0)] // inversion
    [InlineData(18.0)] // PTRS
    [InlineData(900.0)] // PTRS, beyond the log-factorial table
    public void Sample_StaticSampler_FitsPmf(double mean)
    {
        var d = new Poisson(mean);
        var rng = new Xoshiro256StarStar(17);
        const int draws = 100_000;
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < draws; i++)
        {
            var k = Poisson.Sample(ref rng, mean);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        DistributionChecks.ChiSquareFits(d, counts, draws);
    }

    [Fact]
    public void Probability_KnownValues()
    {
        var d = new Poisson(2);
        Assert.Equal(Math.Exp(-2), d.Probability(0), 1e-16);
        Assert.Equal(4 * Math.Exp(-2) / 2, d.Probability(2), 1e-15);
        Assert.Equal(5 * Math.Exp(-2), d.Cdf(2), 1e-14);
    }

    [Fact]
    public void Constructor_NegativeMean_Throws()
        => Assert.Contains("mean must be a finite number in [0, 1000000000]; was -3", Assert.Throws<ArgumentOutOfRangeException>(() => new Poisson(-3)).Message, StringComparison.Ordinal);
}
