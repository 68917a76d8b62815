using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;

namespace Analytics.Tests.Scenarios.Limits;

public sealed class WorkEstimateTests
{
    private static Scenario Pool(double mean) => ScenarioLoader.Parse($$"""
        {
          "scenario": "pool",
          "target": 100,
          "streams": { "s": { "target": 100, "components": {
            "c": { "model": "orderPool", "count": { "dist": "poisson", "mean": {{mean}} }, "orderValue": 1 }
          } } }
        }
        """, "pool.json");

    [Fact]
    public void Draws_OrderPool_OneCountDrawAndOneValuePerExpectedOrder()
    {
        var draws = ScenarioDraws.Of(Pool(1000));
        Assert.Equal(1001, draws.PerTrial); // no inputs; Poisson draw + 1000 values
        Assert.Equal("s.c.count", draws.Heaviest);
        Assert.Equal(1001 * 10.0, new WorkEstimate("simulate", 10, 10, 0).Draws(Pool(1000)));
    }

    [Fact]
    public void Check_AboveTheDrawLimit_RefusedAtTheCountsLineWithTheTrialsThatFit()
    {
        var scenario = Pool(200_000);
        var estimate = ScenarioModel.Estimate(scenario, 100_000);
        var e = Assert.Throws<InputException>(() => estimate.Check(scenario));
        Assert.Equal(5, e.Line);
        // 1e10 / (200,001 draws a trial) = 49,999.75 trials.
        Assert.Contains("lower --trials to 49,999 or less", e.Message, StringComparison.Ordinal);
        ScenarioModel.Estimate(scenario, 49_999).Check(scenario);
    }

    [Fact]
    public void Check_AboveTheMemoryLimit_RefusedWithTheBytesAndTheTrialsThatFit()
    {
        var scenario = Pool(1);
        var e = Assert.Throws<InputException>(() => new WorkEstimate("x", 1000, 1000, 8.0 * 1024 * 1024 * 1024).Check(scenario));
        Assert.Contains("x would keep about 8 GiB of memory", e.Message, StringComparison.Ordinal);
        Assert.Contains("lower --trials to 500 or less", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_Simulation_TwoColumnsOfDoublesPerOutput()
        => Assert.Equal(2.0 * 2 * 8 * 1000, ScenarioModel.Estimate(Pool(1), 1000).Bytes); // stream + total, each with its sorted copy

    [Fact]
    public void Then_AddsTrialsAndMemory()
    {
        var both = new WorkEstimate("a", 10, 10, 100).Then(new WorkEstimate("b", 5, 20, 50));
        Assert.Equal((30.0, 150.0, "a", 10), (both.TrialRuns, both.Bytes, both.Command, both.Trials));
    }
}
