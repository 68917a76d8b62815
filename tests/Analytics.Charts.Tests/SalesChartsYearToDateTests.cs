using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsYearToDateTests
{
    private static readonly CompletionCurve[] Curves =
    [
        new(new BilingualText("第 1 季末", "after Q1"), [0.725, 0.775, 0.825], [0.31, 0.35, 0.40]),
        new(new BilingualText("第 2 季末", "after Q2"), [0.775, 0.825], [0.23, 0.32]),
    ];

    [Fact]
    public void YearToDate_Chinese_OneLinePerQuarterWithThresholdAndStartingProbability()
    {
        var chart = SalesCharts.YearToDate(Curves, threshold: 0.8, probabilityOfHit: 0.383);
        var f = Figure.Of(chart);
        Assert.Equal(2, f.Traces.Count);
        Assert.Equal([0.725, 0.775, 0.825], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([0.23, 0.32], Figure.Numbers(f.Trace(1).GetProperty("y")));
        Assert.Equal("第 2 季末", f.Trace(1).GetProperty("name").GetString());
        Assert.Equal(2, f.Shapes.Count);
        Assert.Equal(0.8, f.Shapes[0].GetProperty("x0").GetDouble());
        Assert.Equal(0.383, f.Shapes[1].GetProperty("y0").GetDouble());
        Assert.Contains("規則門檻 80.0%", f.AnnotationTexts);
        Assert.Equal("年初至今完成率", f.AxisTitle("xaxis"));
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void YearToDate_EnglishWithoutLines_NoShapes()
    {
        var f = Figure.Of(SalesCharts.YearToDate(Curves, options: ChartOptions.English));
        Assert.Empty(f.Shapes);
        Assert.Equal("after Q1", f.Trace(0).GetProperty("name").GetString());
        Assert.Equal("probability of the annual target", f.AxisTitle("yaxis"));
    }

    [Fact]
    public void CompletionCurve_NotAscendingOrMismatched_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new CompletionCurve("q", [0.8, 0.7], [0.1, 0.2]));
        Assert.ThrowsAny<ArgumentException>(() => new CompletionCurve("q", [0.7, 0.8], [0.1]));
        Assert.ThrowsAny<ArgumentException>(() => new CompletionCurve("q", [0.7], [1.1]));
        Assert.ThrowsAny<ArgumentException>(() => new CompletionCurve("q", [], []));
    }
}
