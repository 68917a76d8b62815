using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Engine;

public class InputRecorderTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(Tests.Scenarios.ScenarioFiles.Plc);

    [Fact]
    public void Run_RecordingTheMarket_ModelOutputsBitIdenticalAndTheInputAppended()
    {
        var options = new SimulationOptions(6000, seed: 5, threads: 2);
        var plain = SimulationEngine.Run(new ScenarioModel(Plc), options);
        var recorded = SimulationEngine.Run(new InputRecorder(new ScenarioModel(Plc), ["market"]), options);
        Assert.Equal(["repurchase", "newCustomers", "newProduct", "total", "market"], recorded.Outputs.Select(o => o.Name));
        Assert.Null(recorded.Output("market").Target);
        foreach (var name in new[] { "repurchase", "newCustomers", "newProduct", "total" })
        {
            Assert.True(plain.Samples(name).Span.SequenceEqual(recorded.Samples(name).Span), name);
        }

        Assert.Equal(Plc.Hash, recorded.Manifest.ScenarioHash);
    }

    [Fact]
    public void Run_RecordedMarket_HasTheScenarioDistribution()
    {
        // market ~ LogNormal(mean 1, cv 0.15): its sample mean within 4 standard errors of 1.
        var market = SimulationEngine.Run(new InputRecorder(new ScenarioModel(Plc), ["market"]), new SimulationOptions(20_000, seed: 3)).Output("market");
        Assert.InRange(market.Mean, 1 - (4 * 0.15 / Math.Sqrt(20_000)), 1 + (4 * 0.15 / Math.Sqrt(20_000)));
        Assert.InRange(market.StandardDeviation, 0.14, 0.16);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("total")]
    public void Constructor_UnknownInputOrAnOutputName_Throws(string name)
    {
        var model = new ScenarioModel(Plc);
        var e = Assert.Throws<ArgumentException>(() => new InputRecorder(model, [name]));
        Assert.Contains($"\"{name}\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyOrRepeated_Throws()
    {
        var model = new ScenarioModel(Plc);
        Assert.ThrowsAny<ArgumentException>(() => new InputRecorder(model, []));
        Assert.ThrowsAny<ArgumentException>(() => new InputRecorder(model, ["market", "market"]));
    }
}
