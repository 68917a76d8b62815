using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class DistributionTests
{
    /// <summary>
    /// A distribution written here to test what every distribution inherits: density 2x on [0, 1],
    /// so P(X ≤ x) = x², the quantile √u, E[X] = 2/3 and Var[X] = 1/2 − 4/9 = 1/18.
    /// </summary>
    private sealed class Rising : Distribution
    {
        public override double Mean => 2.0 / 3;

        public override double Variance => 1.0 / 18;

        public override double Minimum => 0;

        public override double Maximum => 1;

        public override double Cdf(double x) => x <= 0 ? 0 : x >= 1 ? 1 : x * x;

        public override double Sample<TRandom>(ref TRandom rng) => Math.Sqrt(rng.NextDouble());

        public override string ToString() => $"Rising({Format(1.0 / 3)}, {Format(7)})";

        protected override double Quantile(double probability) => Math.Sqrt(probability);
    }

    private static readonly Rising Distribution = new();

    [Theory]
    [InlineData(0, 0)] // the end of the support, not the quantile function
    [InlineData(1, 1)]
    [InlineData(0.25, 0.5)]
    [InlineData(0.81, 0.9)]
    public void InverseCdf_Probability_TheQuantile(double p, double x) => Assert.Equal(x, Distribution.InverseCdf(p), 15);

    [Fact]
    public void InverseCdf_UnboundedDistribution_InfiniteEnds()
    {
        Assert.Equal(double.NegativeInfinity, new Normal(0, 1).InverseCdf(0));
        Assert.Equal(double.PositiveInfinity, new Normal(0, 1).InverseCdf(1));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void InverseCdf_NotAProbability_Throws(double p) => Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.InverseCdf(p));

    [Fact]
    public void StandardDeviation_RootOfTheVariance() => Assert.Equal(Math.Sqrt(1.0 / 18), Distribution.StandardDeviation, 15);

    [Fact]
    public void Defaults_NeitherIntegerNorConstant()
    {
        Assert.False(Distribution.IsInteger);
        Assert.False(Distribution.IsConstant);
    }

    [Fact]
    public void Samples_Default_TheDrawsOfRepeatedSamples()
    {
        var one = new Xoshiro256StarStar(5);
        var many = new Xoshiro256StarStar(5);
        var expected = Enumerable.Range(0, 10).Select(_ => Distribution.Sample(ref one)).ToArray();
        var buffer = new double[10];
        Distribution.Samples(ref many, buffer);
        Assert.Equal(expected, buffer);
        // Both consumed the generator alike: the next draws agree too.
        Assert.Equal(one.NextUInt64(), many.NextUInt64());
    }

    [Fact]
    public void Samples_Empty_NothingDrawn()
    {
        var rng = new Xoshiro256StarStar(5);
        var untouched = new Xoshiro256StarStar(5);
        Distribution.Samples(ref rng, Span<double>.Empty);
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Expectation_Default_MomentsByQuadratureOverTheQuantile()
    {
        Assert.Equal(2.0 / 3, Distribution.Expectation(x => x), 1e-12);
        Assert.Equal(0.5, Distribution.Expectation(x => x * x), 1e-12); // E[X²] = ∫ 2x³ dx
        Assert.Equal(1, Distribution.Expectation(_ => 1), 1e-12);
    }

    [Fact]
    public void Expectation_KinkInside_AccurateToAboutOneInTenThousand()
    {
        // E[max(X − 1/2, 0)] = ∫ from 1/2 to 1 of (x − 1/2) 2x dx = 5/24. A kink inside the interval
        // costs the quadrature accuracy: 1.3e-4 relative here, against 1e-12 for a smooth integrand.
        Assert.Equal(5.0 / 24, Distribution.Expectation(x => Math.Max(x - 0.5, 0)), 2e-4 * 5 / 24);
    }

    [Fact]
    public void Expectation_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Distribution.Expectation(null!));

    [Fact]
    public void Format_InvariantSixSignificantDigits() => Assert.Equal("Rising(0.333333, 7)", Distribution.ToString());
}
