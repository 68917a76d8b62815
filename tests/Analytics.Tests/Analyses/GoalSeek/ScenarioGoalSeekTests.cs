using Analytics.Analyses.GoalSeek.Levers;
using Analytics.Analyses.GoalSeek;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;
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
    public void Solve_LatinHypercube_ErrorsComeFromTheBlocksNotTheBinomialFormula()
    {
        // Three blocks of 4096 trials; the hypercube's P(hit) at the value is the share of hits, and its
        // standard error the spread of the three block shares: sqrt(B/(B − 1) Σ (n_b/N)² (p_b − p)²).
        const string lever = "newProduct.benchmarks.winProbability";
        var options = new SimulationOptions(3 * SimulationEngine.BlockSize, seed: 3, threads: 2, sampler: SamplerKind.LatinHypercube);
        var result = ScenarioGoalSeek.Solve(Plc, lever, 0.45, options);
        Assert.True(result.Reachable, result.Message);
        var atValue = result.AtValue!;
        Assert.Equal(StandardErrorMethod.BetweenBlocks, atValue.Method);

        var totals = SimulationEngine.Run(new ScenarioModel(ScenarioLever.Parse(Plc, lever).Apply(Plc, result.Value!.Value)), options).Samples(Scenario.TotalOutput).ToArray();
        var blockShares = totals.Chunk(SimulationEngine.BlockSize).Select(b => b.Count(v => v >= Plc.Target) / (double)b.Length).ToArray();
        var p = blockShares.Average();
        var betweenBlocks = Math.Sqrt(3.0 / 2 * blockShares.Sum(b => (b - p) * (b - p) / 9));
        Assert.Equal(p, atValue.Value, 12);
        Assert.Equal(betweenBlocks, atValue.StandardError, 12);

        // The fix: the value's error is this error over the slope, not the binomial one's, which differs here.
        var binomial = Math.Sqrt(0.45 * 0.55 / totals.Length);
        Assert.True(Math.Abs(betweenBlocks - binomial) > 0.1 * binomial, $"between blocks {betweenBlocks}, binomial {binomial}");
        Assert.Equal(betweenBlocks / Math.Abs(result.Slope!.Value), result.ValueError!.Value, 12);
        Assert.All(result.Curve, c => Assert.Equal(StandardErrorMethod.BetweenBlocks, c.Probability.Method));
    }

    [Fact]
    public void Solve_MonteCarlo_ValueErrorIsTheBinomialErrorAtTheLevelOverTheSlope()
    {
        var result = ScenarioGoalSeek.Solve(Plc, "newProduct.benchmarks.winProbability", 0.45, new SimulationOptions(4000, seed: 3, threads: 2));
        Assert.Equal(StandardErrorMethod.IndependentTrials, result.AtValue!.Method);
        Assert.Equal(Math.Sqrt(0.45 * 0.55 / 4000) / Math.Abs(result.Slope!.Value), result.ValueError!.Value, 12);
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
