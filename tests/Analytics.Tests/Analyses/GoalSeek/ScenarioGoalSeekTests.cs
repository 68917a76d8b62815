using Analytics.Analyses.GoalSeek;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.GoalSeek;

public class ScenarioGoalSeekTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(ScenarioFiles.Plc);

    [Fact]
    public void Solve_BenchmarkWinProbability_RaisesPToTheLevel()
    {
        // P(hit) at the plan is about 0.38; a better benchmark rate helps, so 0.45 lies above the plan.
        var result = ScenarioGoalSeek.Solve(Plc, "newProduct.benchmarks.winProbability", 0.45, new SimulationOptions(4000, seed: 3, threads: 2));
        Assert.True(result.Reachable, result.Message);
        Assert.True(result.Value > result.Baseline, result.Message);
        Assert.Equal(0.45, result.AtValue!.Value, 0.03); // the step function's crossing: within a few SE (0.008)
        Assert.True(result.Slope > 0);
    }

    [Fact]
    public void Solve_ShareOfAStream_UsesTheResponseModel()
    {
        var result = ScenarioGoalSeek.Solve(Plc, "share.newProduct", 0.99, new SimulationOptions(3000, seed: 3, threads: 2));
        Assert.False(result.Reachable);
        Assert.Contains("out of reach", result.Message, StringComparison.Ordinal);
        Assert.Equal(0.2, result.Baseline!.Value, 12);
    }

    [Fact]
    public void Solve_UnknownLeverOrNoResponse_ThrowsWithTheChoices()
    {
        var options = new SimulationOptions(1000);
        Assert.Contains("share.newProduct", Assert.Throws<ArgumentException>(() => ScenarioGoalSeek.Solve(Plc, "share.newProducts", 0.8, options)).Message, StringComparison.Ordinal);
        var seed = ScenarioLoader.Load(ScenarioFiles.Seed);
        Assert.Contains("response", Assert.Throws<ArgumentException>(() => ScenarioGoalSeek.Solve(seed, "share.newProduct", 0.8, options)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScenarioGoalSeek.Solve(Plc, "nothing", 0.8, options));
    }
}
