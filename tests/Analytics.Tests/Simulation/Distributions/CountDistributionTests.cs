using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class CountDistributionTests
{
    /// <summary>A fair die written here, to test what every count distribution inherits: 1 to 6, each 1/6.</summary>
    private sealed class Die : CountDistribution
    {
        public override double Mean => 3.5;

        public override double Variance => 35.0 / 12;

        public override int MinimumCount => 1;

        public override int MaximumCount => 6;

        public override double Probability(int k) => k is >= 1 and <= 6 ? 1.0 / 6 : 0;

        public override double Cdf(double x) => x < 1 ? 0 : x >= 6 ? 1 : Math.Floor(x) / 6;

        public override int SampleCount<TRandom>(ref TRandom rng) => 1 + (int)UniformInteger.Below(ref rng, 6);

        public override string ToString() => "Die";

        protected override double Quantile(double probability) => BisectQuantile(probability, 1, 6);
    }

    private static readonly Die Fair = new();

    [Fact]
    public void Support_FromTheCounts()
    {
        Assert.Equal((1, 6), (Fair.Minimum, Fair.Maximum));
        Assert.True(Fair.IsInteger);
    }

    [Fact]
    public void Maximum_UnboundedCount_PositiveInfinity() => Assert.Equal(double.PositiveInfinity, new Poisson(4).Maximum);

    [Theory]
    [InlineData(0.5, 3)] // P(X <= 3) = 1/2 exactly: 3 is the smallest count reaching it
    [InlineData(0.51, 4)]
    [InlineData(1e-9, 1)]
    [InlineData(5.0 / 6, 5)]
    [InlineData(0.999, 6)]
    public void InverseCdf_ByBisection_SmallestCountReachingTheProbability(double p, int k) => Assert.Equal(k, Fair.InverseCdf(p));

    [Fact]
    public void Sample_TheCountItDraws()
    {
        var a = new Xoshiro256StarStar(3);
        var b = new Xoshiro256StarStar(3);
        Assert.Equal(Fair.SampleCount(ref a), Fair.Sample(ref b));
    }

    [Fact]
    public void SampleCounts_WithoutATable_RepeatedSampleCount()
    {
        var one = new Xoshiro256StarStar(8);
        var many = new Xoshiro256StarStar(8);
        var expected = Enumerable.Range(0, 20).Select(_ => Fair.SampleCount(ref one)).ToArray();
        var counts = new int[20];
        Fair.SampleCounts(ref many, counts);
        Assert.Equal(expected, counts);
    }

    [Fact]
    public void SampleCounts_WithATable_EveryCountInTheSupportAndTheMean()
    {
        // Binomial(10, 0.3) builds a guide table: the draws stay in 0-10 and average n p = 3
        // within 5 standard errors sqrt(n p (1 − p) / draws).
        var binomial = new Binomial(10, 0.3);
        var rng = new Xoshiro256StarStar(21);
        var counts = new int[100_000];
        binomial.SampleCounts(ref rng, counts);
        Assert.All(counts, k => Assert.InRange(k, 0, 10));
        Assert.Equal(3, counts.Average(), 5 * Math.Sqrt(2.1 / counts.Length));
    }

    [Fact]
    public void Expectation_SumOverTheSupport_Exact()
    {
        Assert.Equal(3.5, Fair.Expectation(k => k), 14);
        Assert.Equal(91.0 / 6, Fair.Expectation(k => k * k), 13); // (1 + 4 + 9 + 16 + 25 + 36)/6
    }

    [Fact]
    public void Expectation_UnboundedCount_CutWhereTheMassIsNegligible()
    {
        // Poisson(4): E[X] = 4 and E[X²] = λ + λ² = 20.
        var poisson = new Poisson(4);
        Assert.Equal(4, poisson.Expectation(k => k), 12);
        Assert.Equal(20, poisson.Expectation(k => k * k), 11);
    }

    [Fact]
    public void Expectation_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Fair.Expectation(null!));
}
