using Analytics.Repurchase;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Repurchase;

public class RenewalTierTests
{
    private static readonly LogNormal TierAOrder = LogNormal.FromMeanCv(30, 0.4);

    private static RenewalTier TierA(double p = 0.8) => new("repurchase.tierA", 20, ScalarInput.Fixed("repurchase.tierA.renewalProbability", p), TierAOrder);

    [Fact]
    public void ExpectedValue_ReferenceTierA_Is480() => Assert.Equal(20 * 0.8 * 30, TierA().ExpectedValue, 1e-9);

    [Fact]
    public void AddBlock_ReferenceTierA_MeanAndVarianceMatchCompoundFormulas()
    {
        // K ~ Binomial(20, 0.8), V with mean 30 and sd 12: Var = E[K]Var(V) + Var(K)E[V]² = 16·144 + 3.2·900.
        var x = TestModels.Run(60_000, 1, TierA());
        TestModels.AssertMoments(x, 480, (16 * 144) + (3.2 * 900));
    }

    [Fact]
    public void AddBlock_UncertainRenewalProbability_MeanAndVarianceMatch()
    {
        // p ~ Beta(8, 2): E[K] = 16; Var(K) = n E[p(1 − p)] + n² Var(p) with E[p(1 − p)] = E[p] − E[p²].
        var beta = new Beta(8, 2);
        var tier = new RenewalTier("t", 20, new ScalarInput("t.p", beta), TierAOrder);
        var ep2 = beta.Variance + (beta.Mean * beta.Mean);
        var varK = (20 * (beta.Mean - ep2)) + (400 * beta.Variance);
        var x = TestModels.Run(60_000, 2, tier);
        TestModels.AssertMoments(x, 16 * 30, (16 * 144) + (varK * 900));
        Assert.Equal(480, tier.ExpectedValue, 1e-9);
    }

    [Fact]
    public void AddBlock_NoCustomers_AlwaysZero() => Assert.All(TestModels.Run(1000, 1, new RenewalTier("t", 0, ScalarInput.Fixed("t.p", 0.5), TierAOrder)), v => Assert.Equal(0, v));

    [Fact]
    public void WithInput_OtherName_ReturnsSameTier()
    {
        var tier = TierA();
        Assert.Same(tier, tier.WithInput(ScalarInput.Fixed("market", 1)));
        Assert.Equal(20 * 0.9 * 30, tier.WithInput(ScalarInput.Fixed("repurchase.tierA.renewalProbability", 0.9)).ExpectedValue, 1e-9);
    }

    [Fact]
    public void Constructor_NegativeCustomers_ThrowsNamingRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RenewalTier("t", -1, ScalarInput.Fixed("p", 0.5), TierAOrder));
        Assert.Contains("customers must be an integer >= 0; was -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ProbabilityNotInUnitInterval_ThrowsNamingDistribution()
    {
        var e = Assert.Throws<ArgumentException>(() => new RenewalTier("t", 5, new ScalarInput("p", new Normal(0.8, 0.1)), TierAOrder));
        Assert.Equal("renewalProbability", e.ParamName);
        Assert.Contains("renewalProbability must be a probability: a distribution with values in [0, 1]; was Normal(mean 0.8, sd 0.1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeOrderValues_Throws()
        => Assert.Contains("orderValue must not take negative values", Assert.Throws<ArgumentException>(() => new RenewalTier("t", 5, ScalarInput.Fixed("p", 0.5), new Normal(30, 10))).Message, StringComparison.Ordinal);
}
