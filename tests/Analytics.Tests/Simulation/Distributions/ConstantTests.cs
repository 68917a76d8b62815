using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class ConstantTests
{
    [Fact]
    public void Sample_ConsumesNoRandomNumbers()
    {
        var rng = new Xoshiro256StarStar(1);
        var copy = rng;
        Assert.Equal(0.8, new Constant(0.8).Sample(ref rng));
        Assert.Equal(copy.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Moments_AreTheValue()
    {
        var d = new Constant(5);
        Assert.Equal(5, d.Mean);
        Assert.Equal(0, d.Variance);
        Assert.Equal(5, d.InverseCdf(0.3));
        Assert.Equal(25, d.Expectation(x => x * x));
    }

    [Fact]
    public void Constructor_Infinity_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new Constant(double.PositiveInfinity));
}
