using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Splits;

public class SplitAnalysisTests
{
    private static SplitRow Row(double p, double all = 0.1, double? margin = null, double share = 1)
        => new(new Split([share, 1 - share]), new(p, 0), new(all, 0), new(1, 0), 1, margin, []);

    [Fact]
    public void PickBest_HighestProbabilityOfTarget_Wins()
        => Assert.Equal(0.6, SplitAnalysis.PickBest([Row(0.4), Row(0.6), Row(0.5)]).ProbabilityOfTarget.Value);

    [Fact]
    public void PickBest_EqualProbability_MoreStreamsReachingTheirPartWins()
        => Assert.Equal(0.3, SplitAnalysis.PickBest([Row(0.5, all: 0.2), Row(0.5, all: 0.3), Row(0.4, all: 0.9)]).ProbabilityAllStreams.Value);

    [Fact]
    public void PickBest_EqualOnBoth_HigherMarginWins()
        => Assert.Equal(12.0, SplitAnalysis.PickBest([Row(0.5, margin: 10), Row(0.5, margin: 12), Row(0.5)]).ExpectedMargin!.Value);

    [Fact]
    public void PickBest_FullTie_FirstInOrder()
        => Assert.Equal(0.25, SplitAnalysis.PickBest([Row(0.5, share: 0.25), Row(0.5, share: 0.75)]).Split[0]);

    [Fact]
    public void PickBest_Empty_Throws() => Assert.Throws<InvalidOperationException>(() => SplitAnalysis.PickBest([]));

    [Fact]
    public void Frontier_NoMargins_Empty() => Assert.Empty(SplitAnalysis.Frontier([Row(0.5), Row(0.4)]));

    [Fact]
    public void Frontier_OneRowBetterOnBoth_OnlyIt()
        => Assert.Equal([0.5], SplitAnalysis.Frontier([Row(0.4, margin: 10), Row(0.5, margin: 11), Row(0.3, margin: 10.5)]).Select(r => r.ProbabilityOfTarget.Value));

    [Fact]
    public void Frontier_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SplitAnalysis.Frontier(null!));

    [Fact]
    public void Run_StepThatDoesNotDivideOne_FailsBeforeSimulating()
    {
        // 0.3 does not divide 1: the grid is checked first, so even 100 million trials cost nothing.
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        Assert.ThrowsAny<ArgumentException>(() => SplitAnalysis.Run(scenario, new SimulationOptions(SimulationOptions.MaxTrials, seed: 1, threads: 1), step: 0.3));
    }

    [Fact]
    public void Run_NullScenarioOrSamples_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SplitAnalysis.Run((Scenario)null!, new SimulationOptions(100)));
        Assert.Throws<ArgumentNullException>(() => SplitAnalysis.Run((SplitSamples)null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    public void Run_ThreadsOutOfRange_Throws(int threads)
    {
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2 }, new double[] { 3, 4 }], 5, new Split([0.5, 0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SplitAnalysis.Run(samples, 0.5, threads));
    }

    [Fact]
    public void Run_TwoStreamsWithoutResponse_GridOfTheStepAndPlanRowAsGiven()
    {
        // Totals 4 and 6 against a target of 5: P(hit) = 1/2 for every split. At the plan's 50/50 the
        // sub-targets are 2.5 and 2.5: stream a (1, 2) never reaches it, b (3, 4) always does.
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2 }, new double[] { 3, 4 }], 5, new Split([0.5, 0.5]));
        var result = SplitAnalysis.Run(samples, 0.25, threads: 1);
        Assert.Equal(["0/100", "25/75", "50/50", "75/25", "100/0"], result.Grid.Select(r => r.Split.ToString()));
        Assert.All(result.Grid, r => Assert.Equal(0.5, r.ProbabilityOfTarget.Value));
        Assert.Equal(0, result.Plan.ProbabilityAllStreams.Value);
        Assert.Equal(5, result.Plan.ExpectedRevenue.Value);
        Assert.Equal((0, 1), (result.Plan.Streams[0].Probability.Value, result.Plan.Streams[1].Probability.Value));
        // Without a response the best split is the one whose parts are most often all reached: 25/75
        // (parts 1.25 and 3.75, both reached in the second trial); 0/100 asks 5 of b, the others 2.5 or more of a.
        Assert.Equal("25/75", result.Best.Split.ToString());
        Assert.Equal(0.5, result.Best.ProbabilityAllStreams.Value);
    }

    [Fact]
    public void Run_WithoutResponse_EverySplitHasTheSameProbabilityOfTarget()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Seed);
        var result = SplitAnalysis.Run(scenario, new SimulationOptions(4000, seed: 3, threads: 2), step: 0.1);
        Assert.False(result.HasResponse);
        Assert.Single(result.Grid.Select(r => r.ProbabilityOfTarget.Value).Distinct());
        Assert.Empty(result.Frontier); // seed-2026 states no margins
        Assert.Null(result.Plan.ExpectedMargin);
        // Without a response only sub-target risk differs: the best split is the one likeliest to have every stream reach its part.
        Assert.Equal(result.Grid.Max(r => r.ProbabilityAllStreams.Value), result.Best.ProbabilityAllStreams.Value);
    }

    [Fact]
    public void Run_PlcScenario_PlanRowIsTheSimulationItself()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var options = new SimulationOptions(4000, seed: 8, threads: 2);
        var result = SplitAnalysis.Run(scenario, options, step: 0.1);
        var run = SimulationEngine.Run(new ScenarioModel(scenario), options);
        var direct = run.Output("total");
        double plain(string stream) => run.Output(stream).Mean;
        Assert.Equal(direct.ProbabilityOfTarget!.Value, result.Plan.ProbabilityOfTarget.Value);
        Assert.Equal(direct.Mean, result.Plan.ExpectedRevenue.Value, 1e-9);
        Assert.Equal(new Split([0.36, 0.44, 0.20]).ToString(), result.Plan.Split.ToString());
        Assert.True(result.HasResponse);
        Assert.NotEmpty(result.Frontier);
        Assert.Equal(result.Grid.Max(r => r.ProbabilityOfTarget.Value), result.Best.ProbabilityOfTarget.Value);
        Assert.Equal(result.Best.ProbabilityOfTarget.Value - result.Plan.ProbabilityOfTarget.Value, result.BestVersusPlan.ProbabilityDifference.Value, 1e-12);
        // Margins: the new product's 50% against 35%: E[margin] = 0.35 (R + N) + 0.5 P at the plan,
        // from the plain simulation's stream means (the same draws: rounding only).
        var margin = (0.35 * (direct.Mean - plain("newProduct"))) + (0.5 * plain("newProduct"));
        Assert.Equal(margin, result.Plan.ExpectedMargin!.Value, 1e-9 * margin);
        // At the plan the sub-targets are the stream targets (0.36, 0.44, 0.20 of 5000), so each
        // stream's chance of its part is the simulation's own P(stream >= its target), exactly.
        var r = result.Plan.Streams;
        Assert.Equal([1800.0, 2200, 1000], r.Select(x => Math.Round(x.SubTarget, 9)));
        foreach (var (stream, k) in new[] { ("repurchase", 0), ("newCustomers", 1), ("newProduct", 2) })
        {
            Assert.Equal(run.Output(stream).ProbabilityOfTarget!.Value, r[k].Probability.Value);
        }
    }

    [Fact]
    public void Run_OneOrTwoThreads_SameRows()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var one = SplitAnalysis.Run(scenario, new SimulationOptions(2000, seed: 5, threads: 1), step: 0.25);
        var two = SplitAnalysis.Run(scenario, new SimulationOptions(2000, seed: 5, threads: 2), step: 0.25);
        Assert.Equal(one.Grid.Select(r => (r.ProbabilityOfTarget, r.ExpectedRevenue, r.P10, r.ExpectedMargin)), two.Grid.Select(r => (r.ProbabilityOfTarget, r.ExpectedRevenue, r.P10, r.ExpectedMargin)));
        Assert.Equal(one.RiskBalanced.Row.Split, two.RiskBalanced.Row.Split);
    }

    [Fact]
    public void Frontier_DominatedRowsLeftOut()
    {
        SplitRow Row(double p, double m) => new(new Split([1.0]), new(p, 0), new(p, 0), new(1, 0), 1, m, []);
        var rows = new[] { Row(0.5, 10), Row(0.4, 12), Row(0.45, 11), Row(0.3, 11.5), Row(0.5, 9) };
        Assert.Equal([(0.5, 10.0), (0.45, 11), (0.4, 12)], SplitAnalysis.Frontier(rows).Select(r => (r.ProbabilityOfTarget.Value, r.ExpectedMargin!.Value)));
    }
}
