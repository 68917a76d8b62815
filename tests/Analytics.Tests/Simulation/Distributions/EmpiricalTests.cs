using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class EmpiricalTests
{
    private static readonly Empirical Orders = new([12, 30, 18, 30, 45]);

    [Fact]
    public void Moments_AreThoseOfTheObservations()
    {
        // Mean 27; population variance (225 + 9 + 81 + 9 + 324)/5 = 129.6.
        Assert.Equal(27, Orders.Mean, 1e-12);
        Assert.Equal(129.6, Orders.Variance, 1e-12);
    }

    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(Orders);

    [Fact]
    public void Sample_Frequencies_OnePerObservation()
    {
        // 30 was observed twice: probability 0.4; chi-square with 3 df, critical 16.27 at p = 0.001.
        var rng = new Xoshiro256StarStar(2);
        const int n = 100_000;
        var counts = new Dictionary<double, int>();
        for (var i = 0; i < n; i++)
        {
            var x = Orders.Sample(ref rng);
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        var chi2 = new[] { (12.0, 0.2), (18.0, 0.2), (30.0, 0.4), (45.0, 0.2) }.Sum(c => Math.Pow(counts[c.Item1] - (n * c.Item2), 2) / (n * c.Item2));
        Assert.True(chi2 < 16.27, $"chi-square {chi2}");
    }

    [Fact]
    public void InverseCdf_StepFunction()
    {
        Assert.Equal(12, Orders.InverseCdf(0.2));
        Assert.Equal(18, Orders.InverseCdf(0.21));
        Assert.Equal(45, Orders.InverseCdf(0.95));
        Assert.Equal(0.8, Orders.Cdf(30), 1e-15);
    }

    [Fact]
    public void Constructor_NaNObservation_ThrowsNamingIt()
        => Assert.Contains("observations[1] must be a finite number", Assert.Throws<ArgumentOutOfRangeException>(() => new Empirical([1, double.NaN])).Message, StringComparison.Ordinal);
}
