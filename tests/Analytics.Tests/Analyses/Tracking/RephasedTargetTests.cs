using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class RephasedTargetTests
{
    [Fact]
    public void Quarters_FromJune_PartOfQ2ThenQ3AndQ4()
    {
        var t = new RephasedTarget("x", "x", "x", ProgressLevel.Line, null, 6, [10m, 20m, 20m, 20m, 30m, 30m, 30m], 100m, false);
        Assert.Equal(160m, t.Remaining);
        Assert.Equal([(2, 10m), (3, 60m), (4, 90m)], t.Quarters);
    }

    [Fact]
    public void Constructor_MonthsNotMatchingTheRemainingMonths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RephasedTarget("x", "x", "x", ProgressLevel.Line, null, 10, [1m, 2m], 3m, false));
        Assert.Throws<ArgumentException>(() => new RephasedTarget("x", "x", "x", ProgressLevel.Line, null, 11, [1m, -2m], 3m, false));
        Assert.ThrowsAny<ArgumentException>(() => new RephasedTarget("x", "x", "x", ProgressLevel.Line, null, 13, [], 0m, false));
    }
}
