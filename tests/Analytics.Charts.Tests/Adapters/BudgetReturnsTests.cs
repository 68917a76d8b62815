using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class BudgetReturnsTests
{
    [Fact]
    public void From_BudgetResult_EveryLineWithItsPerUnitFiguresOrNone()
    {
        var result = AnalysisRuns.Budget;
        var lines = BudgetReturns.From(result);
        Assert.Equal(["tradeShows", "channelRebates", "newCustomerRewards", "training", "reserve"], lines.Select(l => l.Line.En));
        Assert.Equal([80.0, 60, 50, 30, 30], lines.Select(l => l.Amount));
        Assert.Equal(result.Lines[0].PerUnit!.Value, lines[0].PerUnit);
        Assert.Equal((result.Lines[1].PerUnitP10, result.Lines[1].PerUnitP90), (lines[1].PerUnitP10, lines[1].PerUnitP90));
        Assert.False(lines[3].IsAttributable);
        Assert.Null(lines[4].PerUnitP90);
    }
}
