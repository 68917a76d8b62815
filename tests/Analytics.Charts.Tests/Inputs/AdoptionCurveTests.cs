using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class AdoptionCurveTests
{
    [Fact]
    public void Constructor_NegativeAdopters_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new AdoptionCurve([1, 2], [1, -1], [1, 0]));

    [Fact]
    public void Constructor_LengthMismatch_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new AdoptionCurve([1, 2], [1, 1], [1]));

    [Fact]
    public void Constructor_PeriodsNotAscending_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new AdoptionCurve([2, 1], [1, 1], [1, 2]));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void Constructor_MarketPotentialNotPositive_Throws(double m)
        => Assert.ThrowsAny<ArgumentException>(() => new AdoptionCurve([1], [1], [1], MarketPotential: m));
}
