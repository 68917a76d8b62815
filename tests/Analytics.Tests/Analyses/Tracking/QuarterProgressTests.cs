using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class QuarterProgressTests
{
    [Theory]
    [InlineData(1200, 827.33, true, 132.67)]
    [InlineData(1200, 960, false, 0)]
    [InlineData(1200, 1300, false, -340)]
    public void Fired_UnderTheThresholdOnly(decimal target, decimal actual, bool fired, decimal shortBy)
    {
        var q = new QuarterProgress(2, target, actual, 0.80m);
        Assert.Equal(fired, q.Fired);
        Assert.Equal(shortBy, q.ShortOfThreshold);
        Assert.Equal((double)(actual / target), q.Completion!.Value, 1e-15);
    }

    [Fact]
    public void Fired_NoRuleOrNoTarget_Null()
    {
        Assert.Null(new QuarterProgress(1, 900, 100, null).Fired);
        Assert.Null(new QuarterProgress(1, 900, 100, null).ShortOfThreshold);
        Assert.Null(new QuarterProgress(1, 0, 100, 0.8m).Fired);
        Assert.Null(new QuarterProgress(1, 0, 100, 0.8m).Completion);
        Assert.ThrowsAny<ArgumentException>(() => new QuarterProgress(5, 1, 1, null));
        Assert.ThrowsAny<ArgumentException>(() => new QuarterProgress(1, 1, -1, null));
    }
}
