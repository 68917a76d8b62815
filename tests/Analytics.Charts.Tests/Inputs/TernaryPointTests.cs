using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class TernaryPointTests
{
    [Fact]
    public void Constructor_SharesNotAddingUpToOne_Throws()
        => Assert.Contains("add up to 1", Assert.Throws<ArgumentException>(() => new TernaryPoint(0.36, 0.44, 0.3, 0.5)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_ShareFromRoundingJustBelowZero_ClampedToZero()
    {
        var p = new TernaryPoint(0.4, 0.6, 1 - 0.4 - 0.6, 0.5);
        Assert.Equal(0.0, p.NewProduct);
    }

    [Theory]
    [InlineData(-0.01, 0.5, 0.51, 0.5)]
    [InlineData(0.36, 0.44, 0.20, 1.2)]
    [InlineData(0.36, 0.44, 0.20, double.NaN)]
    public void Constructor_OutOfRange_Throws(double a, double b, double c, double p)
        => Assert.ThrowsAny<ArgumentException>(() => new TernaryPoint(a, b, c, p));
}
