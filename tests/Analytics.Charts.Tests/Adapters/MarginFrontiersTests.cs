using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class MarginFrontiersTests
{
    [Fact]
    public void From_SplitResult_GridFrontierAndMarkersWithTheAnalysisFigures()
    {
        var result = AnalysisRuns.Splits;
        var chart = MarginFrontiers.From(result);
        Assert.Equal(result.Grid.Select(r => (r.ProbabilityOfTarget.Value, r.ExpectedMargin!.Value)), chart.Splits.Select(p => (p.ProbabilityOfHit, p.ExpectedMargin)));
        Assert.Equal(result.Frontier.Select(r => r.ExpectedMargin!.Value), chart.Frontier.Select(p => p.ExpectedMargin));
        Assert.Equal("25/50/25", chart.Splits.Single(p => p.Label.Zh == "25/50/25").Label.En);
        Assert.Equal(result.Best.ExpectedMargin!.Value, chart.Markers[1].ExpectedMargin);
        Assert.Equal("Risk-balanced", chart.Markers[2].Label.En.Split(' ')[0]);
    }

    [Fact]
    public void From_ScenarioWithoutMargins_ThrowsNamingTheSection()
    {
        var result = AnalysisRuns.Splits;
        var noMargins = result with { Plan = result.Plan with { ExpectedMargin = null } };
        var e = Assert.Throws<ArgumentException>(() => MarginFrontiers.From(noMargins));
        Assert.Contains("\"margins\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_FourLines_SplitsLabelledInTheStreamsOrder()
    {
        var r = LineScenarios.Splits(4);
        var frontier = MarginFrontiers.From(r);
        Assert.Equal(r.Grid.Count, frontier.Splits.Count);
        Assert.Equal(SplitMaps.Percentages(r.Grid[3].Split, [0, 1, 2, 3]), frontier.Splits[3].Label.En);
        Assert.StartsWith("Plan ", frontier.Markers[0].Label.En, StringComparison.Ordinal);
    }
}
