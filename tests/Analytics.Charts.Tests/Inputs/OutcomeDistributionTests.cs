using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class OutcomeDistributionTests
{
    [Fact]
    public void Constructor_NoBins_Throws()
        => Assert.Throws<ArgumentException>(() => new OutcomeDistribution([], [], 5000, 0.5));

    [Theory]
    [InlineData(5000, 5000, 0.1)]
    [InlineData(5000, 4900, 0.1)]
    [InlineData(4900, 5000, 1.5)]
    [InlineData(4900, 5000, -0.1)]
    public void HistogramBin_Invalid_Throws(double from, double to, double share)
        => Assert.ThrowsAny<ArgumentException>(() => new HistogramBin(from, to, share));

    [Theory]
    [InlineData(1.01, null)]
    [InlineData(0.5, -0.01)]
    [InlineData(double.NaN, null)]
    public void Constructor_ProbabilityOrErrorOutOfRange_Throws(double p, double? se)
        => Assert.ThrowsAny<ArgumentException>(() => new OutcomeDistribution([new HistogramBin(4900, 5000, 1)], [], 5000, p, se));

    [Fact]
    public void CdfPoint_ProbabilityAboveOne_Throws() => Assert.ThrowsAny<ArgumentException>(() => new CdfPoint(5000, 1.0001));
}
