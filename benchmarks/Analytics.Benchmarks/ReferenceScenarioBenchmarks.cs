using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>
/// The engine on the reference scenario in-process (no start-up or JIT), 100,000 trials per
/// operation: divide by 100,000 for the cost of one trial (about 190 lognormal orders).
/// </summary>
[ShortJob]
public class ReferenceScenarioBenchmarks
{
    private ScenarioModel _model = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Load() => _model = new ScenarioModel(ScenarioLoader.Load(FindScenario()));

    [Benchmark]
    public double Simulate100k() => SimulationEngine.Run(_model, new SimulationOptions(100_000, seed: 1, threads: Threads)).Output(Scenario.TotalOutput).Mean;

    private static string FindScenario()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found"), "data", "scenarios", "seed-2026.json");
    }
}
