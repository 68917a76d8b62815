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
    public void AddBlock_OtherTrialsRateMovesOntoRejection_TrialUnchanged()
    {
        // 2000 leads at 5% (n·p = 100) are inverted from one uniform; at 30% (n·p = 600) a trial draws
        // by rejection from its own sub-stream. Raising the rate of 30% of the trials must leave every
        // other trial's total as it was: the wins stream's t-th uniform belongs to trial t.
        static double[] Run(double high) => TestModels.Run(20_000, 8, new IndustryFunnel(
            "f", new Poisson(2000), new ScalarInput("f.w", new Discrete([0.05, high], [0.7, 0.3])), LogNormal.FromMeanCv(45, 0.8)));
        var low = Run(0.05);
        var mixed = Run(0.3);
        var same = 0;
        for (var t = 0; t < low.Length; t++)
        {
            if (low[t] == mixed[t])
            {
                same++;
                continue;
            }

            // A trial at 30% wins ~600 orders (~27,000) against ~100 (~4,500) at 5%: far apart.
            Assert.True(mixed[t] > 15_000 && low[t] < 15_000, $"trial {t}: {low[t]} vs {mixed[t]}");
        }

        // The trials left at 5% are Binomial(20000, 0.7): 14,000 ± 65; 4 standard errors.
        Assert.InRange(same, 14_000 - 260, 14_000 + 260);
    }

    [Fact]
    public void Constructor_WinRateAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new IndustryFunnel("f", new Poisson(10), new ScalarInput("w", new Uniform(0.5, 1.5)), new Constant(1)));
        Assert.Contains("winRate must be a probability", e.Message, StringComparison.Ordinal);
    }
}
