using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class RankedSplitTests
{
    [Fact]
    public void Constructor_SharesAddingUpToOne_Kept()
        => Assert.Equal([0.3, 0.3, 0.2, 0.2], new RankedSplit("A", [0.3, 0.3, 0.2, 0.2], 0.4).Shares);

    [Theory]
    [InlineData(new[] { 0.3, 0.3, 0.3 }, 0.5)]
    [InlineData(new[] { 1.2, -0.2 }, 0.5)]
    [InlineData(new[] { 0.5, 0.5 }, 1.5)]
    [InlineData(new[] { 0.5, 0.5 }, double.NaN)]
    [InlineData(new double[0], 0.5)]
    public void Constructor_BadSharesOrProbability_Throws(double[] shares, double p)
        => Assert.ThrowsAny<ArgumentException>(() => new RankedSplit("A", shares, p));
}
