using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsQuarterlyRuleTests
{
    private static readonly QuarterRule[] Quarters =
    [
        new(1, 0.548, null, 0.214, 0.587),
        new(2, 0.459, 0.511, 0.155, 0.577),
        new(3, 0.294, 0.438, 0.051, 0.521),
        new(4, 0.256, 0.495, 0.045, 0.499),
    ];

    [Fact]
    public void QuarterlyRule_Chinese_FiringBarsWithAndWithoutReplanAndConditionalMarkers()
    {
        var chart = SalesCharts.QuarterlyRule(Quarters, 0.8);
        var f = Figure.Of(chart);
        Assert.Equal(4, f.Traces.Count);
        Assert.Equal("bar", f.Trace(0).GetProperty("type").GetString());
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], Figure.Strings(f.Trace(0).GetProperty("x")));
        Assert.Equal([0.548, 0.459, 0.294, 0.256], Figure.Numbers(f.Trace(0).GetProperty("y")));
        Assert.Equal(["54.8%", "45.9%", "29.4%", "25.6%"], Figure.Strings(f.Trace(0).GetProperty("text")));
        Assert.Equal(["Q2", "Q3", "Q4"], Figure.Strings(f.Trace(1).GetProperty("x"))); // no re-plan bar in Q1
        Assert.Equal([0.214, 0.155, 0.051, 0.045], Figure.Numbers(f.Trace(2).GetProperty("y")));
        Assert.Contains("80.0%", f.Trace(0).GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("group", f.Layout.GetProperty("barmode").GetString());
        Assert.Equal(".0%", f.Layout.GetProperty("yaxis").GetProperty("tickformat").GetString());
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void QuarterlyRule_EnglishWithoutReplan_ThreeTracesInEnglish()
    {
        var f = Figure.Of(SalesCharts.QuarterlyRule([new QuarterRule(1, 0.5, null, 0.2, 0.6)], 0.8, ChartOptions.English));
        Assert.Equal(3, f.Traces.Count);
        Assert.Equal("P(year hit | fired this quarter)", f.Trace(1).GetProperty("name").GetString());
        Assert.StartsWith("The quarterly rule", f.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.2)]
    [InlineData(double.NaN)]
    public void QuarterlyRule_BadThreshold_Throws(double threshold) => Assert.ThrowsAny<ArgumentException>(() => SalesCharts.QuarterlyRule(Quarters, threshold));

    [Fact]
    public void QuarterRule_QuarterFiveOrProbabilityAboveOne_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new QuarterRule(5, 0.5, null, null, null));
        Assert.ThrowsAny<ArgumentException>(() => new QuarterRule(1, 0.5, 1.5, null, null));
    }
}
