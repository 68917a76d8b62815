using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Engine;

public class ScalarInputTests
{
    [Fact]
    public void FixedAt_Quantile_IsConstantAtInverseCdf()
    {
        var input = new ScalarInput("w", new Beta(15, 85)).FixedAt(0.9);
        var constant = Assert.IsType<Constant>(input.Distribution);
        Assert.Equal(MathNet.Numerics.Distributions.Beta.InvCDF(15, 85, 0.9), constant.Value, 1e-10);
        Assert.Equal("w", input.Name);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void FixedAt_EndOfRange_Throws(double p)
        => Assert.Contains("a probability in (0, 1)", Assert.Throws<ArgumentOutOfRangeException>(() => new ScalarInput("w", new Normal(0, 1)).FixedAt(p)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_BlankName_Throws() => Assert.Throws<ArgumentException>(() => new ScalarInput(" ", new Constant(1)));

    [Fact]
    public void ModelOutput_NaNTarget_Throws()
        => Assert.Contains("Target must be a finite number", Assert.Throws<ArgumentOutOfRangeException>(() => new ModelOutput("x", double.NaN)).Message, StringComparison.Ordinal);
}
