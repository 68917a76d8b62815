using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.TestSupport;

/// <summary>Small runs of the shipped scenario (three blocks: fast, and enough for a block-based LHS error), shared by the tests.</summary>
internal static class Runs
{
    public const int Trials = 3 * SimulationEngine.BlockSize;

    private static readonly Lazy<Scenario> LazyPlc = new(() => ScenarioLoader.Load(RepoPaths.Data("plc-2026", "scenario.json")));
    private static readonly Lazy<SimulationResult> LazyMc = new(() => SimulationEngine.Run(new RecordingModel(new ScenarioModel(LazyPlc.Value), [], ["market"]), new SimulationOptions(Trials, seed: 9, threads: 2)));
    private static readonly Lazy<SimulationResult> LazyLhs = new(() => SimulationEngine.Run(new ScenarioModel(LazyPlc.Value), new SimulationOptions(Trials, seed: 9, threads: 2, sampler: SamplerKind.LatinHypercube)));

    public static Scenario Plc => LazyPlc.Value;

    /// <summary>Monte Carlo, with the market factor recorded as an output.</summary>
    public static SimulationResult Mc => LazyMc.Value;

    public static SimulationResult Lhs => LazyLhs.Value;
}
