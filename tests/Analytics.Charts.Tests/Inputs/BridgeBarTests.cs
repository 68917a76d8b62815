using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class BridgeBarTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NotFinite_Throws(double value) => Assert.ThrowsAny<ArgumentException>(() => new BridgeBar("x", value, false));

    [Fact]
    public void Constructor_NullLabel_Throws() => Assert.Throws<ArgumentNullException>(() => new BridgeBar(null!, 1, false));

    [Fact]
    public void Constructor_NegativeStep_Kept() => Assert.Equal(-120, new BridgeBar("loss", -120, false).Value);
}
