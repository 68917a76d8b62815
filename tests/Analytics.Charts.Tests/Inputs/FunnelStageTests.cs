using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class FunnelStageTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Constructor_BadCount_Throws(double count) => Assert.ThrowsAny<ArgumentException>(() => new FunnelStage("3C", "leads", count));

    [Fact]
    public void Constructor_ZeroCount_Kept() => Assert.Equal(0, new FunnelStage("3C", "won", 0).Count);
}
