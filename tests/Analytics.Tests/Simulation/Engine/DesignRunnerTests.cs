using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Analyses;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Simulation.Engine;

public class DesignRunnerTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(ScenarioFiles.Plc);

    private static double[][] Columns(ITrialModel model, int rows, Func<int, int, double> value)
        => model.Inputs.Select((_, i) => Enumerable.Range(0, rows).Select(r => value(i, r)).ToArray()).ToArray();

    [Fact]
    public void Run_SameNoiseIndexSameInputs_SameOutputs()
    {
        var model = new ScenarioModel(Plc);
        var means = Columns(model, 4, (i, _) => model.Inputs[i].Distribution.Mean);
        var outputs = DesignRunner.Run(model, means, [7, 7, 8, 7], seed: 3, threads: 2);
        var total = outputs[^1];
        Assert.Equal(total[0], total[1]);
        Assert.Equal(total[0], total[3]);
        Assert.NotEqual(total[0], total[2]);
    }

    [Fact]
    public void Run_InputChangedOnSharedNoise_OnlyThatInputsEffectChanges()
    {
        // y = x1 + 2 x2 + 3 x3 + ε: with ε shared, moving x2 by 1 moves y by exactly 2.
        var model = new AnalysisTestModels.NoisyLinear([1, 2, 3], noise: 5);
        var inputs = new[] { new[] { 0.1, 0.1 }, new[] { 0.2, 1.2 }, new[] { 0.3, 0.3 } };
        var y = DesignRunner.Run(model, inputs, [42, 42], seed: 9)[0];
        Assert.Equal(2, y[1] - y[0], 1e-12);
    }

    [Fact]
    public void Run_DifferentThreadCounts_IdenticalOutputs()
    {
        var model = new ScenarioModel(Plc);
        var rows = 300;
        var inputs = Columns(model, rows, (i, r) => model.Inputs[i].Distribution.InverseCdf((r + 0.5) / rows));
        var noise = Enumerable.Range(0, rows).Select(r => (long)(r % 37)).ToArray();
        var one = DesignRunner.Run(model, inputs, noise, seed: 1, threads: 1);
        var four = DesignRunner.Run(model, inputs, noise, seed: 1, threads: 4);
        Assert.Equal(one[^1], four[^1]);
    }

    [Fact]
    public void Run_BadDesign_ThrowsNamingTheProblem()
    {
        var model = new ScenarioModel(Plc);
        var good = Columns(model, 2, (i, _) => model.Inputs[i].Distribution.Mean);
        Assert.Contains("one column per model input", Assert.Throws<ArgumentException>(() => DesignRunner.Run(model, good.Skip(1).ToArray(), [0, 1], 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DesignRunner.Run(model, good, [], 1));
        Assert.Throws<ArgumentException>(() => DesignRunner.Run(model, good, [0, 1, 2], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignRunner.Run(model, good, [0, -1], 1));
        good[0][1] = double.NaN;
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => DesignRunner.Run(model, good, [0, 1], 1)).Message, StringComparison.Ordinal);
    }
}
