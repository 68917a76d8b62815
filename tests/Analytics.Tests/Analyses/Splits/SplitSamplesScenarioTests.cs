using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Splits;

public class SplitSamplesScenarioTests
{
    [Fact]
    public void Model_Plc_TotalsDrawForDrawThoseOfTheScenarioModelAndFromReadsThem()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var options = new SimulationOptions(3000, seed: 6, threads: 2);
        var recorded = SimulationEngine.Run(SplitSamples.Model(scenario), options);
        var plain = SimulationEngine.Run(new ScenarioModel(scenario), options);
        Assert.Equal(plain.Samples("total").ToArray(), recorded.Samples("total").ToArray());
        Assert.Equal(plain.Output("total").ProbabilityOfTarget, recorded.Output("total").ProbabilityOfTarget);
        var from = SplitSamples.From(scenario, recorded);
        var simulated = SplitSamples.Simulate(scenario, options);
        var split = new Split([0.15, 0.55, 0.30]);
        Assert.Equal(simulated.Totals(split), from.Totals(split));
        Assert.True(from.HasResponse);
    }

    [Fact]
    public void From_RunOfTheScenarioModelWithoutElasticities_ThrowsNamingTheOutput()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var plain = SimulationEngine.Run(new ScenarioModel(scenario), new SimulationOptions(500, seed: 6, threads: 1));
        var e = Assert.Throws<ArgumentException>(() => SplitSamples.From(scenario, plain));
        Assert.Contains("input:response.repurchase.elasticity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_RunOfAnotherScenario_Throws()
    {
        var plc = ScenarioLoader.Load(ScenarioFiles.Plc);
        var run = SimulationEngine.Run(SplitSamples.Model(plc), new SimulationOptions(500, seed: 6, threads: 1));
        var other = plc with { Hash = "another" };
        Assert.Contains("another model", Assert.Throws<ArgumentException>(() => SplitSamples.From(other, run)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ResponseForSomeStreamsOnly_ThrowsNamingTheStream()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var partial = scenario with { Analysis = scenario.Analysis with { Response = scenario.Analysis.Response.Take(2).ToArray() } };
        Assert.Contains("\"newProduct\" lacks one", Assert.Throws<ArgumentException>(() => SplitSamples.Simulate(partial, new SimulationOptions(100))).Message, StringComparison.Ordinal);
    }
}
