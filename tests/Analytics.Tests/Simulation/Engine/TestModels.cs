using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Engine;

/// <summary>Small models whose answers are known in closed form, to test the engine apart from any sales model.</summary>
internal static class TestModels
{
    /// <summary>Outputs its inputs unchanged (one output per input), so tests can inspect the engine's draws.</summary>
    public sealed class Identity(IReadOnlyList<ScalarInput> inputs, IReadOnlyList<RankCorrelation>? correlations = null, double? target = null) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = inputs.Select(i => new ModelOutput(i.Name, target)).ToArray();

        public IReadOnlyList<ScalarInput> Inputs => inputs;

        public IReadOnlyList<RankCorrelation> Correlations => correlations ?? [];

        public string Fingerprint => "identity";

        public void SimulateBlock(BlockContext block)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                block.Input(i).CopyTo(block.Output(i));
            }
        }
    }

    /// <summary>One output f(x) of one input x.</summary>
    public sealed class Function(ScalarInput input, Func<double, double> f) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("f", null)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = [input];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "function";

        public void SimulateBlock(BlockContext block)
        {
            var x = block.Input(0);
            var y = block.Output(0);
            for (var i = 0; i < x.Length; i++)
            {
                y[i] = f(x[i]);
            }
        }
    }

    /// <summary>
    /// Uses both an input and the block's own streams: y = x + Σ_{j &lt; K} V_j with x ~ Gamma(2, 3),
    /// K ~ Poisson(4), V ~ LogNormal(mean 10, cv 0.5); E[y] = 6 + 4·10 = 46.
    /// </summary>
    public sealed class Compound : ITrialModel
    {
        private static readonly ulong CountKey = RandomStreams.Key("count");
        private static readonly ulong ValueKey = RandomStreams.Key("value");
        private static readonly Poisson Count = new(4);
        private static readonly LogNormal Value = LogNormal.FromMeanCv(10, 0.5);

        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("y", 60)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = [new("x", new Gamma(2, 3))];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "compound";

        public void SimulateBlock(BlockContext block)
        {
            var counts = block.RentInts(block.Count);
            var countRng = block.Stream(CountKey);
            Count.SampleCounts(ref countRng, counts);
            var valueRng = block.Stream(ValueKey);
            var x = block.Input(0);
            var y = block.Output(0);
            for (var t = 0; t < block.Count; t++)
            {
                var sum = x[t];
                for (var j = 0; j < counts[t]; j++)
                {
                    sum += Value.Sample(ref valueRng);
                }

                y[t] = sum;
            }
        }
    }

    /// <summary>One output "x", the sum of the components; the engine draws their inputs.</summary>
    public sealed class Components(params ITrialComponent[] components) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("x", null)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = components.SelectMany(c => c.Inputs).DistinctBy(i => i.Name).ToArray();

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "components";

        public void SimulateBlock(BlockContext block)
        {
            var x = block.Output(0);
            x.Clear();
            foreach (var c in components)
            {
                c.AddBlock(block, x);
            }
        }
    }

    /// <summary>Simulates <paramref name="components"/> and returns the per-trial sums.</summary>
    public static double[] Run(int trials, ulong seed, params ITrialComponent[] components)
        => SimulationEngine.Run(new Components(components), new SimulationOptions(trials, seed, threads: 2)).Samples("x").ToArray();

    /// <summary>
    /// Sample mean within 4 standard errors of <paramref name="mean"/>; sample variance within 5
    /// standard errors of <paramref name="variance"/> (SE of a variance: sqrt((m4 − s⁴)/n)).
    /// </summary>
    public static void AssertMoments(double[] x, double mean, double variance)
    {
        var n = x.Length;
        var m = x.Average();
        var m2 = x.Sum(v => (v - m) * (v - m)) / n;
        var m4 = x.Sum(v => Math.Pow(v - m, 4)) / n;
        var seMean = Math.Sqrt(variance / n);
        Assert.True(Math.Abs(m - mean) <= 4 * seMean, $"mean {m} vs {mean} (4 SE = {4 * seMean})");
        var seVariance = Math.Sqrt((m4 - (m2 * m2)) / n);
        Assert.True(Math.Abs(m2 - variance) <= 5 * seVariance, $"variance {m2} vs {variance} (5 SE = {5 * seVariance})");
    }
}
