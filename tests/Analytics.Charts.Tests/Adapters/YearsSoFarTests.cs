using Analytics.Analyses.Tracking;
using Analytics.Charts.Adapters;

namespace Analytics.Charts.Tests.Adapters;

public class YearsSoFarTests
{
    [Fact]
    public void From_MonthlyFan_BookedBandAndTargetAsTheyAre()
    {
        var twelve = Enumerable.Range(1, 12).Select(m => m * 10.0).ToArray();
        var band = Enumerable.Range(1, 12).Select(m => new OutcomeRange(m, m, m)).ToArray();
        var fan = new MonthlyFan(2, [9, 18], [9, 18, .. twelve[2..]], [9, 18, .. twelve[2..].Select(v => v + 1)], [9, 18, .. twelve[2..].Select(v => v + 2)], band, twelve);
        var year = YearsSoFar.From(fan);
        Assert.Equal(2, year.MonthsObserved);
        Assert.Equal([9.0, 18], year.Booked);
        Assert.Equal(31, year.P50[2]);
        Assert.Equal(122, year.P90[11]);
        Assert.Equal(twelve, year.TargetPath);
    }
}
