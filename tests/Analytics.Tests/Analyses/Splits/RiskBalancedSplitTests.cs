using Analytics.Analyses.Splits;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Analyses.Splits;

public class RiskBalancedSplitTests
{
    [Fact]
    public void RiskBalanced_IndependentNormals_SubTargetsAtTheCommonQuantile()
    {
        // X_k ~ N(μ_k, σ_k) independent, no response: sub-targets μ_k + σ_k z with Σ = T, so
        // z = (T − Σμ)/Σσ and every stream reaches its sub-target with probability 1 − Φ(z).
        const int n = 50_000;
        double[] mu = [400, 300, 200];
        double[] sigma = [40, 60, 100];
        const double T = 950;
        var revenues = mu.Select((m, k) => (ReadOnlyMemory<double>)AnalysisTestModels.Draws(n, (ulong)(10 + k), new Normal(m, sigma[k]))).ToArray();
        var samples = new SplitSamples(["a", "b", "c"], revenues, T, new Split([0.4, 0.3, 0.3]));
        var balanced = RiskBalancedSplit.Of(samples);
        var z = (T - mu.Sum()) / sigma.Sum(); // 0.25
        Assert.True(balanced.Converged);
        Assert.Equal(1, balanced.Iterations);
        // The level's SE is about sqrt(α(1 − α)/n) = 0.0022 per stream; 4 of them.
        Assert.Equal(1 - AnalysisTestModels.Phi(z), balanced.Level, 0.009);
        for (var k = 0; k < 3; k++)
        {
            // A sub-target's SE: σ_k sqrt(α(1 − α)/n)/φ(z) ≈ 0.0057 σ_k, i.e. at most 0.6 萬元 here; share = sub-target/T.
            Assert.Equal((mu[k] + (sigma[k] * z)) / T, balanced.Row.Split[k], 4 * 0.0057 * sigma[k] / T);
            Assert.Equal(balanced.Level, balanced.Row.Streams[k].Probability.Value, 0.002);
        }
    }

    [Fact]
    public void Of_TargetAboveEveryStreamsBest_LevelZeroNotConverged()
    {
        // The best trials of the streams add up to 2 + 4 = 6 < 10: no split reaches the target.
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2 }, new double[] { 3, 4 }], 10, new Split([0.5, 0.5]));
        var balanced = RiskBalancedSplit.Of(samples);
        Assert.Equal((0.0, false, 1), (balanced.Level, balanced.Converged, balanced.Iterations));
        Assert.Equal(samples.Plan, balanced.Row.Split);
        Assert.Equal((balanced.Level, balanced.Row.Split), (samples.RiskBalanced().Level, samples.RiskBalanced().Row.Split)); // the samples' shortcut is the same search
    }

    [Fact]
    public void Of_BadArguments_Throw()
    {
        var samples = new SplitSamples(["a"], [new double[] { 1, 2 }], 1, new Split([1.0]));
        Assert.Throws<ArgumentNullException>(() => RiskBalancedSplit.Of(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskBalancedSplit.Of(samples, 0));
    }
}
