using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// Start-up for <c>simulate</c>: while the main thread reads the scenario file, another core runs a
/// tiny simulation that uses every component model, so the sampling kernels (compiled fully
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

    private static void Run()
    {
        var order = LogNormal.FromMeanCv(10, 0.5);
        var rate = new ScalarInput("warmUp.rate", new Beta(15, 85));
        ITrialComponent[] components =
        [
            new RenewalTier("warmUp.tier", 20, ScalarInput.Fixed("warmUp.renewal", 0.8), order),
            new OrderPool("warmUp.pool", new Poisson(30), order),
            new IndustryFunnel("warmUp.funnel", new Poisson(120), rate, order),
            new BenchmarkCascade("warmUp.cascade", 3, ScalarInput.Fixed("warmUp.win", 0.35), order, new DiscreteUniform(5, 8), order),
        ];
        var market = new ScalarInput("warmUp.market", LogNormal.FromMeanCv(1, 0.1));
        var scenario = new Scenario("warm-up", null, 1000, [new ScenarioStream("warmUp", 500, market, components)], [], "warm-up");
        SimulationEngine.Run(new ScenarioModel(scenario), new SimulationOptions(trials: 64, seed: 0, threads: 1));
    }
}
