using Analytics.Charts.Adapters;
using Analytics.Common;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class LeverCurvesTests
{
    [Fact]
    public void From_GoalSeek_ScanRequiredBaselineAndAnswer()
    {
        var result = AnalysisRuns.GoalSeek;
        var curve = LeverCurves.From(result);
        Assert.Equal("newCustomers.*.winRate", curve.Lever.En);
        Assert.Equal(result.Curve.Select(c => c.Value), curve.Values);
        Assert.Equal(result.Curve.Select(c => c.Probability.Value), curve.Probabilities);
        Assert.Equal(result.Curve.Select(c => c.Probability.Lower95), curve.Lower95);
        Assert.Equal(result.Curve.Select(c => c.Probability.Upper95), curve.Upper95);
        Assert.Equal((0.8, result.Baseline, result.Value, result.ValueError), (curve.Required, curve.Baseline, curve.Solution, curve.SolutionError));
        Assert.Equal(".1%", curve.ValueFormat); // a win rate's range lies in [0, 1]
    }

    [Fact]
    public void From_NameAndFormatGiven_Used()
    {
        var curve = LeverCurves.From(AnalysisRuns.GoalSeek, new BilingualText("新客贏單率", "win rate"), ",.0f");
        Assert.Equal(("新客贏單率", ",.0f"), (curve.Lever.Zh, curve.ValueFormat));
    }
}
