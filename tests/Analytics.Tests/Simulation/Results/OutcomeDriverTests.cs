using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;

namespace Analytics.Tests.Simulation.Results;

public class OutcomeDriverTests
{
    private static readonly Lazy<SimulationResult> Run = new(() => SimulationEngine.Run(
        new RecordingModel(new ScenarioModel(ScenarioLoader.Load(Tests.Scenarios.ScenarioFiles.Plc)), [], ["market"]),
        new SimulationOptions(8192, seed: 4, threads: 2)));

    [Fact]
    public void Parts_StreamsOfTheTotal_VarianceSharesAddUpToOne()
    {
        var parts = OutcomeDriver.Parts(Run.Value, "total", ["repurchase", "newCustomers", "newProduct"]);
        Assert.Equal(1.0, parts.Sum(p => p.VarianceShare!.Value), 1e-9);
        Assert.Equal(parts.OrderByDescending(p => p.VarianceShare).Select(p => p.Name), parts.Select(p => p.Name));
        // New customers carry the widest spread (sd about 800 of the total's 1200).
        Assert.Equal("newCustomers", parts[0].Name);
        foreach (var p in parts)
        {
            Assert.Equal(Run.Value.Output(p.Name).Mean, p.Mean);
            Assert.InRange(p.RankCorrelation, 0.2, 1);
        }
    }

    [Fact]
    public void Parts_TheOutcomeItself_ShareOneAndRankCorrelationOne()
    {
        var self = Assert.Single(OutcomeDriver.Parts(Run.Value, "total", ["total"]));
        Assert.Equal(1.0, self.VarianceShare!.Value, 1e-12);
        Assert.Equal(1.0, self.RankCorrelation, 1e-12);
    }

    [Fact]
    public void Inputs_MarketFactor_PositiveRankCorrelationNoVarianceShare()
    {
        var market = Assert.Single(OutcomeDriver.Inputs(Run.Value, "total", ["market"]));
        Assert.Null(market.VarianceShare);
        // The market multiplies every stream (cv 0.15 of a total with cv 0.25) and lifts the win rates: clearly positive.
        Assert.InRange(market.RankCorrelation, 0.3, 0.9);
    }

    [Fact]
    public void Parts_UnknownOutput_Throws()
        => Assert.Throws<ArgumentException>(() => OutcomeDriver.Parts(Run.Value, "total", ["nonsense"]));
}
