using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.TestSupport;
using CsCheck;
using MathNet.Numerics.Statistics;

namespace Analytics.Tests.Hardening;

/// <summary>
/// Invariants of any simulation, checked over random seeds, trial counts and thread counts
/// (CsCheck; a failure prints the seed that reproduces it).
/// </summary>
public class SimulationPropertyTests
{
    private static readonly ScenarioModel Reference = new(ScenarioLoader.Load(RepoPaths.Data("scenarios", "seed-2026.json")));

    private static readonly Gen<(ulong Seed, int Trials, int ThreadsA, int ThreadsB)> Runs =
        Gen.Select(Gen.ULong, Gen.Int[1, 9_000], Gen.Int[1, 4], Gen.OneOf(1, 3, 8)); // up to three blocks of 4096

    [Fact]
    public void Run_AnySeedAndSize_SameSamplesWhateverTheThreadCount()
        => Runs.Sample(r =>
        {
            var a = SimulationEngine.Run(Reference, new SimulationOptions(r.Trials, r.Seed, r.ThreadsA));
            var b = SimulationEngine.Run(Reference, new SimulationOptions(r.Trials, r.Seed, r.ThreadsB));
            for (var o = 0; o < a.Outputs.Count; o++)
            {
                Assert.True(a.Samples(o).Span.SequenceEqual(b.Samples(o).Span), $"output {a.Outputs[o].Name} differs between {r.ThreadsA} and {r.ThreadsB} threads");
                Assert.Equal(a.Outputs[o], b.Outputs[o] with { Convergence = a.Outputs[o].Convergence });
                Assert.Equal(a.Outputs[o].Convergence, b.Outputs[o].Convergence);
            }
        }, iter: 15);

    [Fact]
    public void Run_AnySeedAndSize_PercentilesMonotoneAndEqualToR7QuantilesOfTheSamples()
        => Runs.Sample(r =>
        {
            var result = SimulationEngine.Run(Reference, new SimulationOptions(r.Trials, r.Seed, r.ThreadsA));
            for (var o = 0; o < result.Outputs.Count; o++)
            {
                var p = result.Outputs[o].Percentiles.Values;
                for (var i = 1; i < p.Count; i++)
                {
                    Assert.True(p[i - 1] <= p[i], $"P{Percentiles.Levels[i - 1] * 100} > P{Percentiles.Levels[i] * 100}");
                }

                // Independent implementation: MathNet's R type 7 (linear interpolation, NumPy's default).
                var samples = result.Samples(o).ToArray();
                for (var i = 0; i < p.Count; i++)
                {
                    var expected = samples.QuantileCustom(Percentiles.Levels[i], QuantileDefinition.R7);
                    Assert.Equal(expected, p[i], 9);
                }
            }
        }, iter: 15);

    [Fact]
    public void Run_AnySeedAndSize_ProbabilityInUnitIntervalWithAValidInterval()
        => Runs.Sample(r =>
        {
            var result = SimulationEngine.Run(Reference, new SimulationOptions(r.Trials, r.Seed, r.ThreadsA));
            foreach (var output in result.Outputs)
            {
                var est = output.ProbabilityOfTarget!;
                Assert.InRange(est.Value, 0.0, 1.0);
                Assert.True(est.StandardError >= 0 && double.IsFinite(est.StandardError));
                Assert.True(est.Lower95 <= est.Value && est.Value <= est.Upper95, $"{est.Lower95} <= {est.Value} <= {est.Upper95}");
                Assert.True(est.Lower95 >= 0 && est.Upper95 <= 1, $"[{est.Lower95}, {est.Upper95}] leaves [0, 1]");

                // The estimate is the share of trials at or above the target.
                var samples = result.Samples(output.Name).Span;
                var hits = 0;
                foreach (var s in samples)
                {
                    hits += s >= output.Target!.Value ? 1 : 0;
                }

                Assert.Equal((double)hits / samples.Length, est.Value, 12);
            }
        }, iter: 15);
}
