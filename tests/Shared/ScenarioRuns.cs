using Analytics.Decomposition;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;

namespace Analytics.TestSupport;

/// <summary>A small run of the shipped scenario (two blocks of trials: fast, and enough for every figure to exist), shared by the tests.</summary>
internal static class ScenarioRuns
{
    public const int Trials = 8192;

    public static string PlcPath { get; } = RepoPaths.Data("plc-2026", "scenario.json");

    private static readonly Lazy<Scenario> LazyPlc = new(() => ScenarioLoader.Load(PlcPath));
    private static readonly Lazy<SimulationResult> LazyResult = new(() => SimulationEngine.Run(new ScenarioModel(LazyPlc.Value), new SimulationOptions(Trials, seed: 7, threads: 2)));

    public static Scenario Plc => LazyPlc.Value;

    /// <summary>The shipped scenario's notes (S1-S9; its response section is labelled S6).</summary>
    public static ScenarioNotes PlcNotes => ScenarioNotes.Load(Plc, PlcPath);

    public static SimulationResult Result => LazyResult.Value;

    /// <summary>The reference scenario's notes (its file labels no assumptions).</summary>
    public static ScenarioNotes SeedNotes()
    {
        var path = RepoPaths.Data("scenarios", "seed-2026.json");
        return ScenarioNotes.Load(ScenarioLoader.Load(path), path);
    }

    public static ScenarioPlanMatch Match(PlanDecomposition decomposition) => ScenarioPlanMatch.Check(Plc, decomposition, PlcPath);
}
