using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>
/// Per-trial sums of lognormal orders (CompoundSum, the 8-lane kernel where 512-bit vectors exist)
/// for 16 blocks of 4096 trials whose counts are Poisson with the given mean, as the reference
/// scenario's components have (1 to 100 orders per trial). The time per operation includes the
/// engine's per-block work and one output summary; divide by the orders drawn
/// (<see cref="Orders"/>, about 65,536 × Mean) for a cost per order.
/// </summary>
[ShortJob]
public class LogNormalSumBenchmarks
{
    private const int Trials = 16 * SimulationEngine.BlockSize;
    private Sums _model = null!;

    [Params(1, 6, 16, 100)]
    public double Mean { get; set; }

    /// <summary>The orders one operation draws.</summary>
    public long Orders { get; private set; }

    [GlobalSetup]
    public void Counts()
    {
        var counts = new int[Trials];
        var rng = new Xoshiro256StarStar(3);
        new Poisson(Mean).SampleCounts(ref rng, counts);
        Orders = counts.Sum(c => (long)c);
        _model = new Sums(counts, LogNormal.FromMeanCv(10, 0.6));
    }

    [Benchmark]
    public double SumOrders() => SimulationEngine.Run(_model, new SimulationOptions(Trials, seed: 1, threads: 1)).Output("sum").Mean;

    private sealed class Sums(int[] counts, Distribution value) : ITrialModel
    {
        private static readonly ulong Key = RandomStreams.Key("orders");

        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("sum", null)];

        public IReadOnlyList<ScalarInput> Inputs => [];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "lognormal sums";

        public void SimulateBlock(BlockContext block)
        {
            var totals = block.Output(0);
            totals.Clear();
            CompoundSum.Add(block, Key, counts.AsSpan((int)block.FirstTrial, block.Count), value, totals);
        }
    }
}
