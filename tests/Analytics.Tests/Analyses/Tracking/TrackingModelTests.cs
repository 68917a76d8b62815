using Analytics.Analyses.Tracking;
using Analytics.Analyses.Trigger;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Analyses.Tracking;

public class TrackingModelTests
{
    [Fact]
    public void Simulate_Plc_CountsAreTheOnesTheRevenueWasBuiltFrom()
    {
        var scenario = TrackingFixtures.Match.Scenario;
        var options = new SimulationOptions(4096, seed: 11, threads: 2);
        var run = SimulationEngine.Run(new TrackingModel(scenario), options);
        var plain = SimulationEngine.Run(new MonthlyPathModel(scenario), options);

        // Revenue is the monthly path model's, draw for draw.
        Assert.Equal(plain.Samples("total").ToArray(), run.Samples("total").ToArray());
        Assert.Equal(plain.Samples(MonthlyPathModel.MonthOutput("newProduct", 8)).ToArray(), run.Samples(MonthlyPathModel.MonthOutput("newProduct", 8)).ToArray());

        // A year that wins no benchmark sells nothing of the new product; one that wins any sells something.
        var wins = run.Samples(TrackingModel.CountOutput("newProduct.benchmarks")).ToArray();
        var newProduct = run.Samples("newProduct").ToArray();
        Assert.All(Enumerable.Range(0, wins.Length), t => Assert.Equal(wins[t] == 0, newProduct[t] == 0));
        Assert.InRange(wins.Average(), 3 * 0.35 - 0.05, 3 * 0.35 + 0.05);
        Assert.Contains("newCustomers.3c.winRate", new TrackingModel(scenario).RateInputs);
        Assert.Contains("repurchase.tierB.renewalProbability", new TrackingModel(scenario).RateInputs);
        Assert.Contains(run.Outputs, o => o.Name == RecordingModel.OutputOf("response.newProduct.elasticity"));
    }
}
