using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsGoalSeekTests
{
    private static readonly LeverCurve Reached = new(new BilingualText("新客贏單率", "new-customer win rate"), [0.05, 0.15, 0.25, 0.35], [0.05, 0.38, 0.74, 0.93], [0.046, 0.37, 0.732, 0.926], [0.054, 0.39, 0.748, 0.934], 0.8, Baseline: 0.15, Solution: 0.278, SolutionError: 0.001, ValueFormat: ".1%");

    [Fact]
    public void GoalSeekCurve_Reachable_CurveWithErrorBarsRequiredLineBaselineAndAnswer()
    {
        var chart = SalesCharts.GoalSeekCurve(Reached);
        var f = Figure.Of(chart);
        var curve = Assert.Single(f.Traces);
        Assert.Equal([0.05, 0.15, 0.25, 0.35], Figure.Numbers(curve.GetProperty("x")));
        Assert.Equal([0.05, 0.38, 0.74, 0.93], Figure.Numbers(curve.GetProperty("y")));
        // 95% error bars: the given interval's ends, above and below the point.
        Assert.Equal(0.39 - 0.38, Figure.Numbers(curve.GetProperty("error_y").GetProperty("array"))[1], 1e-12);
        Assert.Equal(0.38 - 0.37, Figure.Numbers(curve.GetProperty("error_y").GetProperty("arrayminus"))[1], 1e-12);
        Assert.Equal(3, f.Shapes.Count);
        Assert.Equal(0.8, f.Shapes[0].GetProperty("y0").GetDouble());
        Assert.Equal(0.278, f.Shapes[2].GetProperty("x0").GetDouble());
        Assert.Contains("需要 27.8% ± 0.1%", f.AnnotationTexts);
        Assert.Contains("現在 15%", f.AnnotationTexts);
        Assert.Equal(".1%", f.Layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal("新客贏單率", f.AxisTitle("xaxis"));
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void GoalSeekCurve_OutOfReachInEnglish_NoAnswerLineAndANote()
    {
        var curve = new LeverCurve("benchmark win probability", [0.1, 0.5, 0.9], [0.3, 0.45, 0.6], [0.28, 0.43, 0.58], [0.32, 0.47, 0.62], 0.8, Baseline: 0.35, ValueFormat: ".0%");
        var f = Figure.Of(SalesCharts.GoalSeekCurve(curve, ChartOptions.English));
        Assert.Equal(2, f.Shapes.Count); // required level and today, no answer
        Assert.Contains("80.0% is out of reach in this range", f.AnnotationTexts);
        Assert.StartsWith("What this lever would have to be for a 80.0% chance", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalSeekCurve_CountLever_ValuesFormattedAsNumbers()
    {
        var curve = new LeverCurve("leads", [0, 200, 400], [0.1, 0.4, 0.7], [0.08, 0.38, 0.68], [0.12, 0.42, 0.72], 0.8, Baseline: 270, ValueFormat: ",.0f");
        Assert.Contains("today 270", Figure.Of(SalesCharts.GoalSeekCurve(curve, ChartOptions.English)).AnnotationTexts);
    }

    [Fact]
    public void LeverCurve_BadInputs_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new LeverCurve("x", [0.1], [0.2], [0.19], [0.21], 0.8));
        Assert.ThrowsAny<ArgumentException>(() => new LeverCurve("x", [0.2, 0.1], [0.2, 0.3], [0.19, 0.29], [0.21, 0.31], 0.8));
        Assert.ThrowsAny<ArgumentException>(() => new LeverCurve("x", [0.1, 0.2], [0.2, 0.3], [0.19, 0.29], [0.21, 0.31], 1));
        Assert.ThrowsAny<ArgumentException>(() => new LeverCurve("x", [0.1, 0.2], [0.2, 0.3], [0.19, 0.29], [0.21, 0.31], 0.8, SolutionError: -1));
        Assert.ThrowsAny<ArgumentException>(() => new LeverCurve("x", [0.1, 0.2], [0.2, 0.3], [0.21, 0.29], [0.22, 0.31], 0.8)); // lower end above its point
    }
}
