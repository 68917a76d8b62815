using Analytics.Analyses.Budget;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Budget;

public class BudgetAnalysisTests
{
    [Fact]
    public void Run_ConstantRevenue_AttributedShareOverTheAmountExactly()
    {
        // 10 orders of 5 = 50 in every trial; a line of 10 buying half of it brings 25, 2.5 per 萬元.
        var text = ScenarioFiles.Minimal().TrimEnd().TrimEnd('}') + ",\n  \"budget\": { \"fairs\": { \"amount\": 10, \"buys\": [ { \"source\": \"s.c\", \"share\": 0.5 } ] }, \"reserve\": { \"amount\": 4, \"note\": \"kept back\" } }\n}\n";
        var result = BudgetAnalysis.Run(ScenarioLoader.Parse(text, "t.json"), new SimulationOptions(200, seed: 1));
        var fairs = result.Lines[0];
        Assert.Equal(25, fairs.Revenue!.Value, 12);
        Assert.Equal(2.5, fairs.PerUnit!.Value, 12);
        Assert.Equal((2.5, 2.5), (fairs.PerUnitP10!.Value, fairs.PerUnitP90!.Value));
        Assert.Null(result.Lines[1].Revenue);
        Assert.Equal("kept back", result.Lines[1].Note);
        Assert.Equal(14, result.Total);
    }

    [Fact]
    public void Run_PlcScenario_TradeShowsBuyTheFairLeadsShare()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var result = BudgetAnalysis.Run(scenario, new SimulationOptions(4000, seed: 2, threads: 2));
        Assert.Equal(250, result.Total);
        var shows = result.Lines.Single(l => l.Id == "tradeShows");
        Assert.Equal(shows.Revenue!.Value / 80, shows.PerUnit!.Value, 9);
        Assert.True(shows.PerUnitP10 < shows.PerUnit.Value && shows.PerUnit.Value < shows.PerUnitP90);
        // Referral rewards buy a sixth of every funnel: a sixth of new-customer revenue, whose mean is about 2250.
        var referrals = result.Lines.Single(l => l.Id == "newCustomerRewards");
        Assert.InRange(referrals.Revenue!.Value, 2250 / 6.0 * 0.9, 2250 / 6.0 * 1.1);
        Assert.Null(result.Lines.Single(l => l.Id == "training").PerUnit);
    }

    [Fact]
    public void Run_NoBudgetSection_Throws()
        => Assert.Contains("\"budget\"", Assert.Throws<ArgumentException>(() => BudgetAnalysis.Run(ScenarioLoader.Load(ScenarioFiles.Seed), new SimulationOptions(100))).Message, StringComparison.Ordinal);
}
