using Analytics.Repurchase;

namespace Analytics.Tests.Repurchase;

public class CohortSurvivalTests
{
    [Fact]
    public void LostAndObservedRetention_HandComputed()
    {
        var c = new CohortSurvival([1000, 631, 468]);
        Assert.Equal(369, c.Lost(1));
        Assert.Equal(163, c.Lost(2));
        Assert.Equal(0.631, c.ObservedRetention(1)!.Value, 15);
        Assert.Equal(2, c.LastPeriod);
    }

    [Fact]
    public void Constructor_Increasing_ThrowsNamingPeriodAndBound()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortSurvival([1000, 631, 700]));
        Assert.Contains("alive[2] must be an integer in [0, 631]; was 700", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1000 })]
    [InlineData(new[] { 0, 0 })]
    [InlineData(new[] { 10, -1 })]
    public void Constructor_Unusable_Throws(int[] alive)
        => Assert.ThrowsAny<ArgumentException>(() => new CohortSurvival(alive));
}
