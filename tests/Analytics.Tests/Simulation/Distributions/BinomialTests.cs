using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class BinomialTests
{
    [Theory]
    [InlineData(20, 0.8)]
    [InlineData(120, 0.15)]
    [InlineData(3, 0.35)]
    public void SampleCount_Table_FitsPmf(int n, double p) => DistributionChecks.FitsPmf(new Binomial(n, p));

    [Theory]
    [InlineData(20, 0.8)]
    [InlineData(120, 0.15)]
    public void Samples_MeanAndVariance_MatchTheory(int n, double p) => DistributionChecks.MomentsMatch(new Binomial(n, p));

    [Theory]
    [InlineData(60, 0.12)] // inversion: n p = 7.2
    [InlineData(120, 0.15)] // BTRS: n p = 18
    [InlineData(5000, 0.7)] // BTRS on the reflected probability
    [InlineData(1000, 0.002)] // inversion with large n
    public void Sample_StaticSampler_FitsPmf(int n, double p)
    {
        // The per-trial sampler (no table) is checked against the exact pmf by chi-square.
        var table = new Binomial(n, p);
        var rng = new Xoshiro256StarStar(31);
        const int draws = 100_000;
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < draws; i++)
        {
            var k = Binomial.Sample(ref rng, n, p);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        DistributionChecks.ChiSquareFits(table, counts, draws);
    }

    [Fact]
    public void Probability_KnownValues()
    {
        // Binomial(3, 0.35): P(0) = 0.65³ = 0.274625; P(3) = 0.35³ = 0.042875.
        var d = new Binomial(3, 0.35);
        Assert.Equal(0.274625, d.Probability(0), 1e-15);
        Assert.Equal(0.042875, d.Probability(3), 1e-15);
        Assert.Equal(1 - 0.042875, d.Cdf(2), 1e-14);
    }

    [Fact]
    public void Constructor_NegativeTrials_Throws()
        => Assert.Contains("n must be an integer >= 0; was -1", Assert.Throws<ArgumentOutOfRangeException>(() => new Binomial(-1, 0.5)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_ProbabilityAboveOne_Throws()
        => Assert.Contains("p must be a probability in [0, 1]; was 1.2", Assert.Throws<ArgumentOutOfRangeException>(() => new Binomial(5, 1.2)).Message, StringComparison.Ordinal);
}
