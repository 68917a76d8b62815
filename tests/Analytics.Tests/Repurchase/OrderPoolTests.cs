using Analytics.Repurchase;
using Analytics.Simulation.Distributions;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Repurchase;

public class OrderPoolTests
{
    private static readonly OrderPool Upgrades = new("repurchase.upgrades", new Poisson(100), LogNormal.FromMeanCv(10, 0.6));

    [Fact]
    public void ExpectedValue_ReferenceUpgrades_Is1000() => Assert.Equal(1000, Upgrades.ExpectedValue, 1e-9);

    [Fact]
    public void AddBlock_PoissonCompound_MeanAndVarianceMatch()
    {
        // Compound Poisson: Var = λ E[V²] = 100 · (10² + 6²).
        TestModels.AssertMoments(TestModels.Run(40_000, 3, Upgrades), 1000, 100 * 136);
    }

    [Fact]
    public void AddBlock_FixedCountOfGammaValues_IsGammaSum()
    {
        // 12 orders of Gamma(2, 5) sum to Gamma(24, 5): mean 120, variance 600. Exercises the general (non-lognormal) path.
        var pool = new OrderPool("p", new DiscreteUniform(12, 12), new Gamma(2, 5));
        TestModels.AssertMoments(TestModels.Run(40_000, 4, pool), 120, 600);
    }

    [Fact]
    public void Constructor_CountBelowZero_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new OrderPool("p", new DiscreteUniform(-2, 3), new Constant(1)));
        Assert.Contains("count must be a count (values >= 0)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankName_Throws() => Assert.Throws<ArgumentException>(() => new OrderPool(" ", new Poisson(1), new Constant(1)));
}
