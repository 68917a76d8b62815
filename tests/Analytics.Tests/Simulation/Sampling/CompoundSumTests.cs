using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Tests.Simulation.Sampling;

public class CompoundSumTests
{
    private static readonly ulong Key = RandomStreams.Key("values");

    /// <summary>Sums of values for given per-trial counts (one block).</summary>
    private sealed class Sums(int[] counts, Distribution value) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("s", null)];

        public IReadOnlyList<ScalarInput> Inputs => [];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "sums";

        public void SimulateBlock(BlockContext block)
        {
            var totals = block.Output(0);
            totals.Clear();
            CompoundSum.Add(block, Key, counts.AsSpan((int)block.FirstTrial, block.Count), value, totals);
        }
    }

    private static double[] Run(int[] counts, Distribution value)
        => SimulationEngine.Run(new Sums(counts, value), new SimulationOptions(counts.Length, seed: 3, threads: 1)).Samples("s").ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Add_OtherTrialsCountsChange_TrialSumUnchanged(bool lognormal)
    {
        // Common random numbers: trial t's values come from its own sub-stream, so changing the
        // counts of every other trial (and so the buffer layout) leaves trial t's sum bit-identical.
        Distribution value = lognormal ? LogNormal.FromMeanCv(10, 0.6) : new Gamma(2, 3);
        var counts = Enumerable.Range(0, 5000).Select(i => i % 7).ToArray();
        var changed = counts.Select((c, i) => i % 2 == 0 ? c : c + 50).ToArray();
        var a = Run(counts, value);
        var b = Run(changed, value);
        for (var t = 0; t < counts.Length; t += 2)
        {
            Assert.Equal(a[t], b[t]);
        }
    }

    [Fact]
    public void Add_OneMoreOrder_AddsOnePositiveValue()
    {
        // A trial's first k values do not depend on how many it has: one more order only adds.
        var value = LogNormal.FromMeanCv(10, 0.6);
        var a = Run([3, 3, 3], value);
        var b = Run([4, 3, 3], value);
        Assert.True(b[0] > a[0]);
        Assert.Equal(a[1], b[1]);
    }

    [Fact]
    public void Add_TrialLargerThanBuffer_MeanMatches()
    {
        // 5000 orders per trial exceed the 2048-value buffer: summed in pieces. Mean 5000·10, sd √5000·sd(V).
        var x = Run(Enumerable.Repeat(5000, 200).ToArray(), LogNormal.FromMeanCv(10, 0.6));
        var se = Math.Sqrt(5000.0) * 6 / Math.Sqrt(200);
        Assert.InRange(x.Average(), 50_000 - (4 * se), 50_000 + (4 * se));
    }

    [Theory]
    [InlineData(2.0, 0.5)]
    [InlineData(600.0, 8.0)] // exponents beyond the polynomial's range: the scalar path
    public void Add_LogNormal_EachTrialIsItsDefinedSum(double mu, double sigma)
    {
        // Whatever path runs (8-lane kernel or scalar), trial t's sum is the defined one: the values
        // of its own sub-stream, seeded by output t of the block's stream, added in draw order.
        var value = new LogNormal(mu, sigma);
        var counts = Enumerable.Range(0, 5000).Select(i => (i * 7919) % 23).ToArray();
        var sums = Run(counts, value);
        var streamSeed = RandomStreams.Seed(3, 1, Key); // the second block holds trials 4096..4999
        for (var t = SimulationEngine.BlockSize; t < counts.Length; t++)
        {
            var rng = new Xoshiro256StarStar(SplitMix64.At(streamSeed, (ulong)(t - SimulationEngine.BlockSize)));
            Assert.Equal(CompoundSum.LogNormalTrialSum(rng, counts[t], mu, sigma), sums[t]);
        }
    }

    [Fact]
    public void Add_LogNormal_FewTrialsTakeScalarPathWithSameBits()
    {
        // A block of fewer than 8 trials takes the scalar path, a long one the lanes: trial t's sum
        // must not depend on which (the same seeds reach the same trials in block 0).
        var value = LogNormal.FromMeanCv(10, 0.6);
        var counts = Enumerable.Range(0, 3000).Select(i => 1 + ((i * 31) % 40)).ToArray();
        var all = Run(counts, value);
        Assert.Equal(all[..5], Run(counts[..5], value));
    }

    [Fact]
    public void Add_ZeroCounts_ZeroSums() => Assert.All(Run(new int[100], LogNormal.FromMeanCv(10, 0.6)), v => Assert.Equal(0, v));
}
