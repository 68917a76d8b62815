using Analytics.Analyses.Trigger;
using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class FanBandsTests
{
    [Fact]
    public void From_MonthlyBand_PercentilesAndTargetPathAsTheyAre()
    {
        var band = new MonthlyBand([1, 2, 3], [10, 20, 30], [15, 30, 45], [20, 40, 60], [16, 31, 46], [12, 24, 36]);
        var fan = FanBands.From(band);
        Assert.Equal([1, 2, 3], fan.Months);
        Assert.Equal([10.0, 20, 30], fan.P10);
        Assert.Equal([15.0, 30, 45], fan.P50);
        Assert.Equal([20.0, 40, 60], fan.P90);
        Assert.Equal([12.0, 24, 36], fan.TargetPath);
    }

    [Fact]
    public void From_TriggerResult_TwelveMonthsEndingAtTheTarget()
    {
        var fan = FanBands.From(AnalysisRuns.Trigger);
        Assert.Equal(12, fan.Months.Count);
        Assert.Equal(5000, fan.TargetPath[^1], 9);
        Assert.All(fan.Months.Select((_, i) => i), i => Assert.True(fan.P10[i] <= fan.P50[i] && fan.P50[i] <= fan.P90[i]));
    }
}
