using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Sampling;

namespace Analytics.Tests.Simulation.Sampling;

public class TrialBinomialTests
{
    private sealed class Counts(TrialBinomial sampler) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("k", null)];

        public IReadOnlyList<ScalarInput> Inputs => [sampler.Probability];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "counts";

        public void SimulateBlock(BlockContext block)
        {
            var counts = block.RentInts(block.Count);
            sampler.Sample(block, counts);
            var k = block.Output(0);
            for (var t = 0; t < counts.Length; t++)
            {
                k[t] = counts[t];
            }
        }
    }

    private static double[] Run(TrialBinomial sampler) => SimulationEngine.Run(new Counts(sampler), new SimulationOptions(20_000, seed: 6)).Samples("k").ToArray();

    [Fact]
    public void Sample_HigherFixedProbability_NeverFewerSuccesses()
    {
        // Inversion from one uniform per trial: the coupling goal seek relies on.
        var low = Run(new TrialBinomial("s", 20, ScalarInput.Fixed("p", 0.6)));
        var high = Run(new TrialBinomial("s", 20, ScalarInput.Fixed("p", 0.7)));
        Assert.All(low.Zip(high), pair => Assert.True(pair.Second >= pair.First));
        Assert.True(high.Average() > low.Average());
    }

    [Fact]
    public void Sample_RandomProbability_MeanIsNTimesMeanP()
    {
        // p ~ Beta(3, 7): E[K] = 20 · 0.3 = 6; Var(K) = 20 E[p(1 − p)] + 400 Var(p); 4 SE.
        var beta = new Beta(3, 7);
        var x = Run(new TrialBinomial("s", 20, new ScalarInput("p", beta)));
        var variance = (20 * (beta.Mean - beta.Variance - (beta.Mean * beta.Mean))) + (400 * beta.Variance);
        Assert.InRange(x.Average(), 6 - (4 * Math.Sqrt(variance / x.Length)), 6 + (4 * Math.Sqrt(variance / x.Length)));
    }
}
