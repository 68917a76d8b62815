using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsOutcomeDistributionTests
{
    private static readonly OutcomeDistribution Outcome = new(
        [new HistogramBin(4800, 4900, 0.2), new HistogramBin(4900, 5000, 0.3), new HistogramBin(5000, 5100, 0.5)],
        [new CdfPoint(4850, 0.1), new CdfPoint(5000, 0.5), new CdfPoint(5100, 1.0)],
        Target: 5000,
        ProbabilityOfHit: 0.623,
        StandardError: 0.0048);

    [Fact]
    public void OutcomeDistribution_Summary_HistogramOnBinsSCurveOnSecondAxisAndTargetLine()
    {
        var f = Figure.Of(SalesCharts.OutcomeDistribution(Outcome));
        var histogram = f.Trace(0);
        Assert.Equal("bar", histogram.GetProperty("type").GetString());
        Assert.Equal([4850.0, 4950, 5050], Figure.Numbers(histogram.GetProperty("x")));
        Assert.Equal([100.0, 100, 100], Figure.Numbers(histogram.GetProperty("width")));
        Assert.Equal([0.2, 0.3, 0.5], Figure.Numbers(histogram.GetProperty("y")));

        var curve = f.Trace(1);
        Assert.Equal("y2", curve.GetProperty("yaxis").GetString());
        Assert.Equal([0.1, 0.5, 1.0], Figure.Numbers(curve.GetProperty("y")));

        var line = Assert.Single(f.Shapes);
        Assert.Equal(5000, line.GetProperty("x0").GetDouble());
        Assert.Equal(5000, line.GetProperty("x1").GetDouble());
        Assert.Equal("paper", line.GetProperty("yref").GetString());
        Assert.Contains("<b>P(達標) = 62.3%</b>（標準誤 0.48 個百分點）", f.AnnotationTexts);
        Assert.Contains("目標 5,000 萬元", f.AnnotationTexts);
    }

    [Fact]
    public void OutcomeDistribution_EnglishMillions_TargetLineInMillions()
    {
        var f = Figure.Of(SalesCharts.OutcomeDistribution(Outcome, ChartOptions.English));
        Assert.Equal(50, f.Shapes[0].GetProperty("x0").GetDouble());
        Assert.Contains("<b>P(hit) = 62.3%</b> (standard error 0.48 points)", f.AnnotationTexts);
        Assert.Equal("Distribution of the year's revenue", f.Title.Split("<br>")[0]);
    }

    [Fact]
    public void OutcomeDistribution_NoStandardErrorNoCurve_HistogramOnly()
    {
        var f = Figure.Of(SalesCharts.OutcomeDistribution(new OutcomeDistribution(Outcome.Bins, [], Outcome.Target, Outcome.ProbabilityOfHit)));
        Assert.Single(f.Traces);
        Assert.Contains("<b>P(達標) = 62.3%</b>", f.AnnotationTexts);
    }

    [Fact]
    public void OutcomeDistribution_Title_ReplacesTheFirstLineEscapedKeepsTheProbabilityLine()
    {
        var f = Figure.Of(SalesCharts.OutcomeDistribution(Outcome, title: new BilingualText("新產品銷售 <i>的分佈", "New product")));
        Assert.StartsWith("新產品銷售 &lt;i&gt;的分佈<br>", f.Title, StringComparison.Ordinal);
        Assert.Contains("達成目標 5,000 萬元 的機率 62.3%", f.Title, StringComparison.Ordinal);
    }
}
