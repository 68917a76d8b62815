using Analytics.Charts.Adapters;
using Analytics.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests.Adapters;

public class SplitRankingsTests
{
    [Fact]
    public void From_FourLines_PlanBestRiskBalancedThenTheNextBestByProbability()
    {
        var r = LineScenarios.Splits(4);
        var ranking = SplitRankings.From(r, s => new BilingualText(s + "線", s), top: 5);
        Assert.Equal(["line1線", "line2線", "line3線", "line4線"], ranking.Lines.Select(l => l.Zh));
        Assert.Equal(["Plan", "Best", "Risk-balanced", "No. 2", "No. 3", "No. 4", "No. 5"], ranking.Splits.Select(s => s.Label.En));
        Assert.Equal(r.Plan.Split.Shares, ranking.Splits[0].Shares);
        Assert.Equal(r.Best.Split.Shares, ranking.Splits[1].Shares);
        Assert.Equal(r.RiskBalanced.Row.ProbabilityOfTarget.Value, ranking.Splits[2].ProbabilityOfHit);

        // Independently: the grid's probabilities in descending order, the best's excluded once.
        var expected = r.Grid.Where(row => !row.Split.Equals(r.Best.Split)).Select(row => row.ProbabilityOfTarget.Value).OrderDescending().Take(4);
        Assert.Equal(expected, ranking.Splits.Skip(3).Select(s => s.ProbabilityOfHit));
        Assert.True(ranking.Splits[1].ProbabilityOfHit >= ranking.Splits[3].ProbabilityOfHit);
    }

    [Fact]
    public void From_ShippedThreeTypes_SharesInTheTernarysOrderWithStreamIdsByDefault()
    {
        var ranking = SplitRankings.From(AnalysisRuns.Splits);
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], ranking.Lines.Select(l => l.En));
        Assert.Equal(0.36, ranking.Splits[0].Shares[0], 12);
    }

    [Fact]
    public void From_TopBelowOne_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => SplitRankings.From(AnalysisRuns.Splits, top: 0));
}
