using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios;

public class ScenarioComponentsModelTests
{
    [Fact]
    public void Simulate_PlcScenario_ComponentsAddUpToStreamsWhichMatchScenarioModel()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var options = new SimulationOptions(5000, seed: 4, threads: 2);
        var model = new ScenarioComponentsModel(scenario);
        var parts = SimulationEngine.Run(model, options);
        var whole = SimulationEngine.Run(new ScenarioModel(scenario), options);
        Assert.Equal(11, model.ComponentNames.Count()); // repurchase 4, new customers 6, new product 1
        foreach (var stream in scenario.Streams)
        {
            var expected = whole.Samples(stream.Name).Span;
            var got = parts.Samples(stream.Name).Span;
            for (var t = 0; t < expected.Length; t++)
            {
                var sum = stream.Components.Sum(c => parts.Samples(c.Name).Span[t]);
                // Same draws; only the order of additions differs (rounding in the last bits).
                Assert.Equal(expected[t], got[t], Math.Max(1e-9, 1e-12 * expected[t]));
                Assert.Equal(expected[t], sum, Math.Max(1e-9, 1e-12 * expected[t]));
            }
        }

        Assert.Equal(whole.Output("total").Mean, parts.Output("total").Mean, 1e-9);
    }
}
