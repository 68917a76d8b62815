using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Simulation.Engine;

public class RecordingModelTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(ScenarioFiles.Plc);

    [Fact]
    public void SimulateBlock_RecordedInputs_InnerOutputsBitForBitUnchanged()
    {
        var options = new SimulationOptions(6000, seed: 5, threads: 2);
        var plain = SimulationEngine.Run(new ScenarioModel(Plc), options);
        var extra = new ScalarInput("extra", new Beta(2, 3));
        var recorded = SimulationEngine.Run(new RecordingModel(new ScenarioModel(Plc), [extra], ["market", "extra"]), options);
        Assert.Equal(plain.Samples("total").ToArray(), recorded.Samples("total").ToArray());
        Assert.Equal(plain.Samples("newProduct").ToArray(), recorded.Samples("newProduct").ToArray());
        var market = recorded.Samples(RecordingModel.OutputOf("market")).ToArray();
        var draws = recorded.Samples(RecordingModel.OutputOf("extra")).ToArray();
        Assert.Equal(1.0, market.Average(), 0.01); // LogNormal mean 1, cv 0.15: SE 0.002, 5 SE
        Assert.Equal(0.4, draws.Average(), 0.01); // Beta(2, 3) mean 0.4, sd 0.2: SE 0.0026, 4 SE
        Assert.All(draws, d => Assert.InRange(d, 0, 1));
    }

    [Fact]
    public void Create_RecordingAnInputTwice_Throws()
        => Assert.Contains("\"market\" appears 2 times", Assert.Throws<ArgumentException>(() => new RecordingModel(new ScenarioModel(Plc), [], ["market", "market"])).Message, StringComparison.Ordinal);

    [Fact]
    public void Create_RecordingAnUnknownInput_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new RecordingModel(new ScenarioModel(Plc), [], ["nope"]));
        Assert.Contains("\"nope\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("market", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExtraInputNamedLikeAnInnerInput_EngineRejectsTheDuplicate()
    {
        var model = new RecordingModel(new ScenarioModel(Plc), [new ScalarInput("market", new Constant(1))], []);
        Assert.Throws<ArgumentException>(() => SimulationEngine.Run(model, new SimulationOptions(100)));
    }
}
