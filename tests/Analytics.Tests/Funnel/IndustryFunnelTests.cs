using Analytics.Funnel;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Funnel;

public class IndustryFunnelTests
{
    private static readonly Beta WinRate = new(15, 85);

    private static IndustryFunnel ThreeC() => new("newCustomers.3c", new Poisson(120), new ScalarInput("newCustomers.3c.winRate", WinRate), LogNormal.FromMeanCv(45, 0.8));

    [Fact]
    public void ExpectedValue_Reference3C_Is810() => Assert.Equal(120 * 0.15 * 45, ThreeC().ExpectedValue, 1e-9);

    [Fact]
    public void AddBlock_Reference3C_MeanAndVarianceMatch()
    {
        // Thinning: W | w ~ Poisson(λ w), so E[W] = λ E[w] = 18 and Var(W) = λ E[w] + λ² Var(w).
        // Then Var(N) = E[W] Var(V) + Var(W) E[V]², V with mean 45 and sd 36.
        var varW = 18 + (120 * 120 * WinRate.Variance);
        var x = TestModels.Run(60_000, 5, ThreeC());
        TestModels.AssertMoments(x, 810, (18 * 36 * 36) + (varW * 45 * 45));
    }

    [Fact]
    public void AddBlock_WinRateDrawnOncePerTrial_MoreSpreadThanFixedRate()
    {
        // The same mean rate held fixed gives Var(W) = 18 only: the per-trial rate must add λ² Var(w).
        var fixedRate = new IndustryFunnel("f", new Poisson(120), ScalarInput.Fixed("f.w", 0.15), LogNormal.FromMeanCv(45, 0.8));
        TestModels.AssertMoments(TestModels.Run(60_000, 6, fixedRate), 810, (18 * 36 * 36) + (18 * 45 * 45));
    }

    [Fact]
    public void Constructor_WinRateAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new IndustryFunnel("f", new Poisson(10), new ScalarInput("w", new Uniform(0.5, 1.5)), new Constant(1)));
        Assert.Contains("winRate must be a probability", e.Message, StringComparison.Ordinal);
    }
}
