using Analytics.Scenarios.Components;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// Start-up for <c>simulate</c>: while the main thread reads the scenario file, another core runs a
/// tiny simulation that uses every component kind of the catalog, so the sampling kernels (compiled fully
/// optimised at first call, about 30 ms of JIT) are ready when the real run starts instead of being
/// compiled while its workers wait. The warm-up draws nothing the real run uses and its result is
/// thrown away; it cannot change an answer.
/// </summary>
internal static class SimulationWarmUp
{
    /// <summary>Starts the warm-up on the thread pool.</summary>
    public static Task Start() => Task.Run(Run);

    /// <summary>Waits for a warm-up started by <see cref="Start"/>; a failed warm-up is ignored (the real run compiles what it needs).</summary>
    public static void Finish(Task warmUp)
    {
        ArgumentNullException.ThrowIfNull(warmUp);
        try
        {
            warmUp.Wait();
        }
        catch (AggregateException)
        {
            // Only a speed-up: the real run will report any real problem itself.
        }
    }

    // One small component of every kind in the catalog, in a stream with a lognormal multiplier.
    private static void Run()
    {
        ITrialComponent[] components = [.. ComponentCatalog.Kinds.Select(kind => kind.Example("warmUp." + kind.Model))];
        var market = new ScalarInput("warmUp.market", LogNormal.FromMeanCv(1, 0.1));
        var scenario = new Scenario("warm-up", null, 1000, [new ScenarioStream("warmUp", 500, market, components)], [], "warm-up");
        SimulationEngine.Run(new ScenarioModel(scenario), new SimulationOptions(trials: 64, seed: 0, threads: 1));
    }
}
