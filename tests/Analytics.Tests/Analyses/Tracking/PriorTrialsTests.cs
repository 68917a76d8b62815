using Analytics.Analyses.Tracking;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Analyses.Tracking;

public class PriorTrialsTests
{
    [Fact]
    public void Simulate_Plc_ColumnsOfEveryStreamAndConcentrations()
    {
        var prior = TrackingFixtures.Prior;
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], prior.Streams);
        Assert.Equal([40.0, 20, 20], prior.Concentrations);
        Assert.Equal(TrackingFixtures.Trials, prior.Count);
        Assert.All(prior.FirstMonths[2].ToArray(), f => Assert.InRange(f, 4, 9));
        Assert.All(prior.FirstMonths[0].ToArray(), f => Assert.Equal(1, f));
        var annual = prior.Annual[1].Span;
        var log = prior.LogAnnual(1);
        Assert.Equal(Math.Log(annual[7]), log[7], 1e-15);
        Assert.Null(prior.Elasticities.FirstOrDefault(e => e is null));
        Assert.Equal(prior.Annual.Sum(a => a.Span[3]), prior.Total.Span[3], 1e-9);
    }

    [Fact]
    public void Simulate_StreamWithoutConcentration_ThrowsNamingTheSection()
    {
        var scenario = TrackingTestScenarios.Normal(1000, 1000, 200, 20);
        var flat = scenario with { Analysis = scenario.Analysis with { Phasing = TrackingTestScenarios.EvenYear(new StreamTiming("only", null, null)) } };
        var e = Assert.Throws<ArgumentException>(() => PriorTrials.Simulate(flat, new SimulationOptions(100, 1)));
        Assert.Contains("phasing.streams.only.concentration", e.Message, StringComparison.Ordinal);
        var none = scenario with { Analysis = scenario.Analysis with { Phasing = null } };
        Assert.Contains("has no \"phasing\" section", Assert.Throws<ArgumentException>(() => PriorTrials.Simulate(none, new SimulationOptions(100, 1))).Message, StringComparison.Ordinal);
    }
}
