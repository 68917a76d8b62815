using Analytics.Interactive.Tables;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Interactive.Tests.Tables;

public class ResultFramesTests
{
    private static readonly SimulationResult Result = SimulationEngine.Run(
        new TestModels.Identity([new ScalarInput("x", new Uniform(0, 1)), new ScalarInput("y", new Uniform(0, 2))], target: 0.5),
        new SimulationOptions(3000, seed: 2));

    [Fact]
    public void Summary_OneRowPerOutputWithTheSummaryFigures()
    {
        var frame = ResultFrames.Summary(Result);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(["output", "mean", "std", "meanStdError", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "target", "probabilityOfTarget", "probabilityStdError", "probabilityLower95", "probabilityUpper95"], frame.Columns.Select(c => c.Name));
        Assert.Equal("y", frame.Columns["output"][1]);
        Assert.Equal(Result.Output("y").Mean, (double)frame.Columns["mean"][1]!);
        Assert.Equal(Result.Output("x").Percentiles.P90, (double)frame.Columns["p90"][0]!);
        Assert.Equal(Result.Output("x").ProbabilityOfTarget!.Value, (double)frame.Columns["probabilityOfTarget"][0]!);
    }

    [Fact]
    public void Samples_OneRowPerTrial()
    {
        var frame = ResultFrames.Samples(Result);
        Assert.Equal(3000, frame.Rows.Count);
        Assert.Equal(Result.Samples("y").Span[2999], (double)frame.Columns["y"][2999]!);
        Assert.Equal(3000, frame.Columns["trial"][2999]);
    }

    [Fact]
    public void Convergence_RowsPerOutputAndCheckpoint()
    {
        var frame = ResultFrames.Convergence(Result);
        Assert.Equal(2 * Result.Output("x").Convergence.Count, frame.Rows.Count);
        Assert.Equal(3000L, frame.Columns["trials"][frame.Rows.Count - 1]);
    }
}
