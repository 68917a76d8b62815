using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>
/// The analyses' speed targets (issue 5), in-process on the shipped plan scenario plc-2026:
/// the full split grid at 5% (231 splits) on 100,000 trials each, both as the re-weighting alone
/// (the draws simulated once in setup) and end to end (one simulation plus the grid), under 10 s;
/// and Sobol indices for 10 inputs with N = 8192 (plc-2026 with its tier-C renewal probability
/// fixed at its median, leaving 10 uncertain inputs: 8192 × 12 = 98,304 model runs, plus 500
/// bootstrap replicates for two outputs), under 10 s.
/// </summary>
[ShortJob]
public class AnalysesBenchmarks
{
    private Scenario _plc = null!;
    private SplitSamples _samples = null!;
    private ScenarioModel _tenInputs = null!;

    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Load()
    {
        _plc = ScenarioLoader.Load(Paths.Data("plc-2026", "scenario.json"));
        _samples = SplitSamples.Simulate(_plc, new SimulationOptions(100_000, seed: 1, threads: Threads));
        var tierC = _plc.Input("repurchase.tierC.renewalProbability");
        _tenInputs = new ScenarioModel(_plc.WithInput(tierC.FixedAt(0.5)));
    }

    [Benchmark]
    public double SplitGrid231Reweighting() => SplitAnalysis.Run(_samples, 0.05, Threads).Best.ProbabilityOfTarget.Value;

    [Benchmark]
    public double SplitGrid231EndToEnd() => SplitAnalysis.Run(_plc, new SimulationOptions(100_000, seed: 1, threads: Threads), 0.05).Best.ProbabilityOfTarget.Value;

    [Benchmark]
    public double Sobol10InputsN8192()
        => SobolDesign.Run(_tenInputs, [(Scenario.TotalOutput, null), (Scenario.TotalOutput, _plc.Target)], 8192, seed: 1, bootstrap: 500, Threads)[0][0].TotalOrder.Value;
}
