using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class ChartInputChecksTests
{
    [Theory]
    [InlineData(-1e-7, 0.0)]
    [InlineData(1 + 1e-7, 1.0)]
    [InlineData(0.25, 0.25)]
    public void Share_WithinTolerance_Clamped(double value, double expected) => Assert.Equal(expected, ChartInputChecks.Share(value));

    [Theory]
    [InlineData(-1e-5)]
    [InlineData(1.00001)]
    [InlineData(double.NaN)]
    public void Share_BeyondTolerance_Throws(double value) => Assert.ThrowsAny<ArgumentException>(() => ChartInputChecks.Share(value));
}
