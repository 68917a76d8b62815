using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class TornadoBarTests
{
    [Fact]
    public void Constructor_NaN_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TornadoBar("win rate", double.NaN, 0.6));
        Assert.ThrowsAny<ArgumentException>(() => new TornadoBar("win rate", 0.4, double.NegativeInfinity));
    }

    [Fact]
    public void Constructor_LowAboveHigh_Kept()
    {
        // A cost input lowers the result at its high end: low > high is a valid bar.
        var bar = new TornadoBar("cost", 0.7, 0.4);
        Assert.Equal((0.7, 0.4), (bar.Low, bar.High));
    }
}
