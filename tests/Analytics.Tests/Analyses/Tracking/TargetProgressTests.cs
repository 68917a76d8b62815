using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class TargetProgressTests
{
    [Fact]
    public void Figures_HandComputed()
    {
        var p = new TargetProgress("rp_east", "華東存量", "East existing customers", ProgressLevel.Region, "repurchase", 360, 151, 113.49m);
        Assert.Equal(-37.51m, p.Gap);
        Assert.Equal(113.49 / 151, p.Completion!.Value, 1e-12);
        Assert.Equal(246.51m, p.Remaining);
        Assert.Equal(0m, (p with { Actual = 400 }).Remaining);
    }

    [Fact]
    public void Figures_NotRecordedOrNothingDue_Null()
    {
        var unrecorded = new TargetProgress("x", "x", "x", ProgressLevel.Person, null, 100, 40, null);
        Assert.Null(unrecorded.Gap);
        Assert.Null(unrecorded.Completion);
        Assert.Null(unrecorded.Remaining);
        Assert.Null(new TargetProgress("x", "x", "x", ProgressLevel.Line, null, 100, 0, 5).Completion);
        Assert.ThrowsAny<ArgumentException>(() => new TargetProgress("x", "x", "x", ProgressLevel.Line, null, -1, 0, 5));
    }
}
