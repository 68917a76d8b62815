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
    [InlineData(120, 0.15)] // inversion: n p = 18
    [InlineData(200, 0.65)] // inversion on the reflected probability: n (1 − p) = 70
    [InlineData(1000, 0.35)] // inversion near the limit: n p = 350
    [InlineData(5000, 0.7)] // BTRS on the reflected probability: n (1 − p) = 1500
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

    [Theory]
    [InlineData(200, 0.3)] // inversion, p < 1/2
    [InlineData(200, 0.7)] // inversion, p > 1/2 (reflected)
    [InlineData(100_000, 0.003)] // inversion, large n: n p = 300
    [InlineData(2000, 0.6)] // BTRS: n (1 − p) = 800
    public void Sample_StaticSampler_MeanAndVarianceAreNpAndNpq(int n, double p)
    {
        // Mean n p and variance n p q, each within 5 standard errors: SE(mean) = sqrt(n p q / N),
        // SE(variance) = sqrt((mu4 − (n p q)²) / N) with the binomial's mu4 = n p q (1 + 3 p q (n − 2)).
        // A correct sampler fails either check with probability below 1e-6.
        const int draws = 200_000;
        var rng = new Xoshiro256StarStar(57);
        var x = new double[draws];
        for (var i = 0; i < draws; i++)
        {
            x[i] = Binomial.Sample(ref rng, n, p);
        }

        var npq = n * p * (1 - p);
        var mu4 = npq * (1 + (3 * p * (1 - p) * (n - 2)));
        var mean = x.Average();
        var variance = x.Sum(v => (v - mean) * (v - mean)) / (draws - 1);
        Assert.InRange(mean, (n * p) - (5 * Math.Sqrt(npq / draws)), (n * p) + (5 * Math.Sqrt(npq / draws)));
        var seVariance = Math.Sqrt((mu4 - (npq * npq)) / draws);
        Assert.InRange(variance, npq - (5 * seVariance), npq + (5 * seVariance));
    }

    [Theory]
    [InlineData(0.27, 0.35, 0)] // Binomial(3, 0.35): F(0) = 0.65³ = 0.274625
    [InlineData(0.28, 0.35, 1)] // F(1) = 0.274625 + 3 · 0.35 · 0.65² = 0.71825
    [InlineData(0.72, 0.35, 2)] // F(2) = 1 − 0.35³ = 0.957125
    [InlineData(0.96, 0.35, 3)]
    [InlineData(0.0, 0.65, 0)] // Binomial(3, 0.65), by the reflection: F(0) = 0.35³ = 0.042875
    [InlineData(0.05, 0.65, 1)] // F(1) = 0.042875 + 3 · 0.65 · 0.35² = 0.28175
    [InlineData(0.5, 0.65, 2)] // F(2) = 1 − 0.65³ = 0.725375
    [InlineData(0.73, 0.65, 3)]
    public void SampleByInversion_HandComputedCdf_SmallestCountWithCdfAboveU(double u, double p, int expected)
        => Assert.Equal(expected, Binomial.SampleByInversion(u, 3, p));

    [Theory]
    [InlineData(20, 0.30, 0.45)]
    [InlineData(20, 0.45, 0.55)] // crosses 1/2: the reflected branch must use 1 − u
    [InlineData(20, 0.499, 0.501)]
    [InlineData(200, 0.40, 0.60)] // n q = 80, where BTRS used to take over
    [InlineData(200, 0.60, 0.90)] // both reflected
    [InlineData(2000, 0.10, 0.15)] // n q = 200 and 300
    [InlineData(5, 0.0, 1.0)]
    public void SampleByInversion_HigherProbability_NeverFewerSuccesses(int n, double p, double higher)
    {
        // The coupling scenario levers rely on: the same uniform never gives fewer successes at a
        // higher p. Checked on 100,000 uniforms and at the ends of [0, 1).
        var rng = new Xoshiro256StarStar(8);
        var uniforms = Enumerable.Range(0, 100_000).Select(_ => rng.NextDouble()).Concat([0.0, Math.BitDecrement(1.0)]);
        var raised = 0;
        foreach (var u in uniforms)
        {
            var low = Binomial.SampleByInversion(u, n, p);
            var high = Binomial.SampleByInversion(u, n, higher);
            Assert.True(high >= low, $"u = {u:R}: {low} successes at p = {p}, {high} at p = {higher}");
            raised += high > low ? 1 : 0;
        }

        Assert.True(raised > 0);
    }

    [Fact]
    public void SampleByInversion_ProbabilityRisingAcrossHalf_CountNeverFalls()
    {
        // One uniform, p from 0.01 to 0.99: the count is a non-decreasing step function of p.
        var rng = new Xoshiro256StarStar(9);
        for (var i = 0; i < 1000; i++)
        {
            var u = rng.NextDouble();
            var previous = 0;
            for (var p = 0.01; p < 0.995; p += 0.01)
            {
                var k = Binomial.SampleByInversion(u, 100, p);
                Assert.True(k >= previous, $"u = {u:R}: {k} successes at p = {p}, {previous} just below");
                previous = k;
            }
        }
    }

    [Fact]
    public void SampleByInversion_EndsOfTheUnitInterval_GiveTheEndsOfTheSupport()
    {
        Assert.Equal(0, Binomial.SampleByInversion(0.0, 10, 0.9));
        Assert.Equal(10, Binomial.SampleByInversion(Math.BitDecrement(1.0), 10, 0.1));
        Assert.Equal(0, Binomial.SampleByInversion(0.5, 0, 0.5));
        Assert.Equal(7, Binomial.SampleByInversion(0.0, 7, 1.0));
    }

    [Fact]
    public void SampleByInversion_AtOrAboveTheLimit_Throws()
    {
        Assert.False(Binomial.IsInvertible(1000, 0.4));
        Assert.Contains("n·min(p, 1 − p) must be below 400 for inversion; was 1000 · 0.4", Assert.Throws<ArgumentOutOfRangeException>(() => Binomial.SampleByInversion(0.5, 1000, 0.4)).Message, StringComparison.Ordinal);
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
