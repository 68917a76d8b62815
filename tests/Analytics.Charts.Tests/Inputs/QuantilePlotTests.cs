using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class QuantilePlotTests
{
    [Fact]
    public void New_LengthsDiffer_Rejected()
        => Assert.Throws<ArgumentException>(() => new QuantilePlot([1, 2], [1], "normal"));

    [Fact]
    public void New_NotFinite_Rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new QuantilePlot([1, double.NaN], [1, 2], "normal"));

    [Fact]
    public void New_Empty_Rejected()
        => Assert.Throws<ArgumentException>(() => new QuantilePlot([], [], "normal"));
}
