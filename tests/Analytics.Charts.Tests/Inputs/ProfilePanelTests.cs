using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class ProfilePanelTests
{
    [Fact]
    public void Constructor_AscendingShares_Kept()
    {
        var p = new ProfilePanel("A", [0, 0.5, 1], [0.2, 0.5, 0.3], 0.36);
        Assert.Equal([0, 0.5, 1], p.Shares);
        Assert.Equal(0.36, p.PlanShare);
    }

    [Theory]
    [InlineData(new[] { 0.5, 0.0 }, new[] { 0.1, 0.2 }, 0.3)]
    [InlineData(new[] { 0.0, 0.0 }, new[] { 0.1, 0.2 }, 0.3)]
    [InlineData(new[] { 0.0, 1.0 }, new[] { 0.1 }, 0.3)]
    [InlineData(new[] { 0.0, 1.0 }, new[] { 0.1, 1.2 }, 0.3)]
    [InlineData(new[] { 0.0, 1.0 }, new[] { 0.1, 0.2 }, 1.3)]
    [InlineData(new[] { 0.0, 1.5 }, new[] { 0.1, 0.2 }, 0.3)]
    public void Constructor_BadSeries_Throws(double[] shares, double[] probabilities, double plan)
        => Assert.ThrowsAny<ArgumentException>(() => new ProfilePanel("A", shares, probabilities, plan));
}
