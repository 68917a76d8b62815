using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class ParametricBootstrapTests
{
    [Fact]
    public void Statistics_EstimatedNormalParameters_StephensCase3CriticalValues()
    {
        // Stephens (1974), case 3 (normal, mean and variance estimated, the variance with divisor n − 1):
        // the 5% points of the modified statistics D(√n − 0.01 + 0.85/√n) and A²(1 + 0.75/n + 2.25/n²)
        // are 0.895 and 0.752. 4000 normal samples of n = 20: the share beyond each is 0.05 within 3 binomial SE.
        const int samples = 4000;
        const int n = 20;
        var (beyondD, beyondA) = (0, 0);
        for (var s = 0; s < samples; s++)
        {
            var x = Draws.Of(new Normal(10, 3), n, (ulong)(9000 + s)).Order().ToArray();
            var theta = new NormalFamily().Estimate(x);
            var fitted = new Normal(theta[0], theta[1] * Math.Sqrt(n / (n - 1.0)));
            beyondD += GoodnessOfFit.KolmogorovSmirnov(x, fitted) * (Math.Sqrt(n) - 0.01 + (0.85 / Math.Sqrt(n))) >= 0.895 ? 1 : 0;
            beyondA += GoodnessOfFit.AndersonDarling(x, fitted) * (1 + (0.75 / n) + (2.25 / (n * n))) >= 0.752 ? 1 : 0;
        }

        var tolerance = 3 * Math.Sqrt(0.05 * 0.95 / samples);
        Assert.InRange(beyondD / (double)samples, 0.05 - tolerance, 0.05 + tolerance);
        Assert.InRange(beyondA / (double)samples, 0.05 - tolerance, 0.05 + tolerance);
    }

    [Fact]
    public void Run_NormalRefits_TheStatisticsNullDistributionBySimulation()
    {
        // The bootstrap's refitted statistics follow the statistic's null distribution (the normal's is free
        // of its parameters): against the 95% point of D and A² found by direct simulation (4000 samples of
        // n = 20 from another normal, fitted), 5% of 4000 replicates lie beyond, within 3 SE of both counts.
        const int count = 4000;
        const int n = 20;
        var direct = Enumerable.Range(0, count).Select(s =>
        {
            var x = Draws.Of(new Normal(-4, 0.5), n, (ulong)(20_000 + s)).Order().ToArray();
            var fitted = new NormalFamily().Build(new NormalFamily().Estimate(x));
            return (D: GoodnessOfFit.KolmogorovSmirnov(x, fitted), A: GoodnessOfFit.AndersonDarling(x, fitted));
        }).ToArray();
        var boot = ParametricBootstrap.Run(new NormalFamily(), [10, 3], n, count, 42, 2);
        Assert.Equal(0, boot.Failed);
        var d95 = BootstrapDistribution.Quantile([.. direct.Select(p => p.D)], 0.95);
        var a95 = BootstrapDistribution.Quantile([.. direct.Select(p => p.A)], 0.95);
        var tolerance = 3 * Math.Sqrt(2 * 0.05 * 0.95 / count);
        Assert.InRange(boot.KolmogorovSmirnov.Count(v => v > d95) / (double)count, 0.05 - tolerance, 0.05 + tolerance);
        Assert.InRange(boot.AndersonDarling.Count(v => v > a95) / (double)count, 0.05 - tolerance, 0.05 + tolerance);
    }

    [Fact]
    public void Run_ThreadCount_SameReplicates()
    {
        var one = ParametricBootstrap.Run(new GammaFamily(), [2.5, 10], 40, 64, 7, 1);
        var four = ParametricBootstrap.Run(new GammaFamily(), [2.5, 10], 40, 64, 7, 4);
        Assert.Equal(one.KolmogorovSmirnov, four.KolmogorovSmirnov);
        Assert.Equal(one.AndersonDarling, four.AndersonDarling);
        Assert.Equal(one.Parameters.SelectMany(p => p), four.Parameters.SelectMany(p => p));
    }

    [Fact]
    public void Run_AnotherSeed_OtherReplicates()
        => Assert.NotEqual(
            ParametricBootstrap.Run(new NormalFamily(), [0, 1], 10, 8, 1, 1).KolmogorovSmirnov,
            ParametricBootstrap.Run(new NormalFamily(), [0, 1], 10, 8, 2, 1).KolmogorovSmirnov);

    [Theory]
    [InlineData("normal")]
    [InlineData("gamma")]
    public void PValue_DataFromTheFittedFamily_RoughlyUniform(string family)
    {
        // 200 data sets drawn from the family itself, each fitted and tested with 99 refits: under the
        // null the p-value is (nearly) uniform, so about 10% of them fall at or below 0.1; the share is
        // within 3 binomial SE (0.064) of 0.1, for both statistics.
        const int sets = 200;
        Distribution truth = family == "normal" ? new Normal(50, 10) : new Gamma(3, 8);
        var (lowKs, lowAd) = (0, 0);
        for (var s = 0; s < sets; s++)
        {
            var data = Observations.Of(Draws.Of(truth, 30, (ulong)(500 + s)));
            var fit = DistributionFitter.Fit(data, new DistributionFitOptions(FitFamilies.Parse(family), 99, (ulong)s, 2)).Best;
            lowKs += fit.KolmogorovSmirnovPValue <= 0.1 ? 1 : 0;
            lowAd += fit.AndersonDarlingPValue <= 0.1 ? 1 : 0;
        }

        var tolerance = 3 * Math.Sqrt(0.1 * 0.9 / sets);
        Assert.InRange(lowKs / (double)sets, 0.1 - tolerance, 0.1 + tolerance);
        Assert.InRange(lowAd / (double)sets, 0.1 - tolerance, 0.1 + tolerance);
    }

    [Fact]
    public void PValue_CountsTheObservedAmongTheReplicates()
    {
        Assert.Equal(3 / 5.0, BootstrapDistribution.PValue(0.5, [0.1, 0.5, 0.7, 0.2]));
        Assert.Equal(1 / 5.0, BootstrapDistribution.PValue(9, [0.1, 0.5, 0.7, 0.2]));
    }

    [Fact]
    public void Quantile_TypeSevenInterpolation()
    {
        Assert.Equal(2.5, BootstrapDistribution.Quantile([4, 1, 3, 2], 0.5), 12);
        Assert.Equal(1.3, BootstrapDistribution.Quantile([4, 1, 3, 2], 0.1), 12);
        Assert.Equal(4, BootstrapDistribution.Quantile([4, 1, 3, 2], 1));
    }
}
