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

    [Theory]
    [InlineData(20, 20.0, 20.0, 0.1)] // p around 1/2, raised across it
    [InlineData(200, 30.0, 70.0, 0.15)] // n p from about 60 to 90: inversion, not BTRS
    [InlineData(200, 60.0, 40.0, 0.2)] // reflected, some trials capped at p = 1
    [InlineData(1000, 10.0, 90.0, 0.05)] // n p from about 100 to 150
    public void Sample_HigherProbabilityPerTrial_NeverFewerSuccesses(int n, double a, double b, double rise)
    {
        // Each trial's p ~ Beta(a, b) and the same draws raised by `rise` (capped at 1), same seed:
        // the inputs come from the same uniforms, and so must the counts.
        var p = new Beta(a, b);
        var low = Run(new TrialBinomial("s", n, new ScalarInput("p", p)));
        var high = Run(new TrialBinomial("s", n, new ScalarInput("p", new TransformedDistribution(p, Transform.CappedShift, rise))));
        Assert.All(low.Zip(high), pair => Assert.True(pair.Second >= pair.First, $"{pair.First} successes, then {pair.Second} at a higher p"));
        Assert.True(high.Average() > low.Average() + (0.5 * n * rise));
    }

    [Theory]
    [InlineData(0.3, 0.45)] // the changed trials sample by rejection (n p = 600, 900) in both runs
    [InlineData(0.15, 0.3)] // they move from inversion (n p = 300) to rejection
    public void Sample_OtherTrialsProbabilityChanges_CountUnchanged(double before, double after)
    {
        // p is 0.1 in about 70% of trials and `before` or `after` in the rest (the same trials in
        // both runs: same uniforms, same weights). Rejection takes a variable number of uniforms;
        // the trials at 0.1 must not see it.
        const int n = 2000;
        var first = Run(new TrialBinomial("s", n, new ScalarInput("p", new Discrete([0.1, before], [0.7, 0.3]))));
        var second = Run(new TrialBinomial("s", n, new ScalarInput("p", new Discrete([0.1, after], [0.7, 0.3]))));
        var unchanged = 0;
        for (var t = 0; t < first.Length; t++)
        {
            if (first[t] < 400 && second[t] < 400) // both at p = 0.1: counts near 200, the others near 600 or more
            {
                Assert.Equal(first[t], second[t]);
                unchanged++;
            }
        }

        Assert.InRange(unchanged, 0.65 * first.Length, 0.75 * first.Length);
    }

    [Theory]
    [InlineData(0.3)] // per-trial sub-streams (n p = 1500: above the inversion limit)
    [InlineData(0.8)] // reflected: n (1 − p) = 1000
    public void Sample_FixedProbabilityAboveInversionLimit_MeanAndVarianceAreNpAndNpq(double p)
    {
        // 20,000 trials of Binomial(5000, p): mean and variance within 5 standard errors
        // (SE(variance) from the binomial's mu4 = n p q (1 + 3 p q (n − 2))).
        const int n = 5000;
        var x = Run(new TrialBinomial("s", n, ScalarInput.Fixed("p", p)));
        var npq = n * p * (1 - p);
        var mu4 = npq * (1 + (3 * p * (1 - p) * (n - 2)));
        var mean = x.Average();
        var variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        Assert.InRange(mean, (n * p) - (5 * Math.Sqrt(npq / x.Length)), (n * p) + (5 * Math.Sqrt(npq / x.Length)));
        var seVariance = Math.Sqrt((mu4 - (npq * npq)) / x.Length);
        Assert.InRange(variance, npq - (5 * seVariance), npq + (5 * seVariance));
    }
}
