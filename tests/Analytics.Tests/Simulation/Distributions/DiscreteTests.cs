using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class DiscreteTests
{
    private static readonly Discrete Deals = new([50, 80, 120], [3, 5, 2]);

    [Fact]
    public void Moments_ClosedForm()
    {
        // Mean 0.3·50 + 0.5·80 + 0.2·120 = 79; E[X²] = 750 + 3200 + 2880 = 6830; Var = 6830 − 79².
        Assert.Equal(79, Deals.Mean, 1e-12);
        Assert.Equal(6830 - (79 * 79), Deals.Variance, 1e-9);
    }

    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(Deals);

    [Fact]
    public void Sample_Frequencies_FitWeights()
    {
        // Chi-square with 2 df against weights 0.3/0.5/0.2; critical value 13.82 at p = 0.001.
        var rng = new Xoshiro256StarStar(11);
        const int n = 100_000;
        var counts = new Dictionary<double, int>();
        for (var i = 0; i < n; i++)
        {
            var x = Deals.Sample(ref rng);
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        var chi2 = new[] { (50.0, 0.3), (80.0, 0.5), (120.0, 0.2) }.Sum(c => Math.Pow(counts[c.Item1] - (n * c.Item2), 2) / (n * c.Item2));
        Assert.True(chi2 < 13.82, $"chi-square {chi2}");
    }

    [Fact]
    public void InverseCdf_ZeroWeightInTheMiddle_LowerBoundQuantile()
    {
        // F(1) = F(2) = 0.5: the smallest x with F(x) >= 0.5 is 1, never the zero-weight 2.
        var d = new Discrete([1, 2, 3], [0.5, 0, 0.5]);
        Assert.Equal(1, d.InverseCdf(0.5));
        Assert.Equal(3, d.InverseCdf(Math.BitIncrement(0.5)));
        Assert.Equal(1, d.InverseCdf(0.25));
    }

    [Fact]
    public void InverseCdf_StepFunction()
    {
        Assert.Equal(50, Deals.InverseCdf(0.3));
        Assert.Equal(80, Deals.InverseCdf(0.31));
        Assert.Equal(120, Deals.InverseCdf(0.81));
        Assert.Equal(0.8, Deals.Cdf(100), 1e-15);
    }

    [Fact]
    public void Constructor_NegativeWeight_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Discrete([1, 2], [1, -1]));
        Assert.Contains("weights[1] must be a finite number >= 0; was -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MismatchedLengths_Throws()
        => Assert.Contains("one entry per value", Assert.Throws<ArgumentException>(() => new Discrete([1, 2], [1])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_ZeroWeights_Throws()
        => Assert.Contains("positive finite sum", Assert.Throws<ArgumentException>(() => new Discrete([1, 2], [0, 0])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => new Discrete([], []));
}
