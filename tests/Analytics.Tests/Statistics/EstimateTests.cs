using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class EstimateTests
{
    [Fact]
    public void Wilson_NoSuccesses_WilsonUpperBound()
    {
        // Wilson with p = 0: upper = z²/(n + z²) = 3.8415/103.8415 = 0.036994.
        var e = Estimate.Wilson(0, 100);
        Assert.Equal(0, e.Value);
        Assert.Equal(0, e.StandardError);
        Assert.Equal(0, e.Lower95, 1e-12);
        Assert.Equal(0.036994, e.Upper95, 1e-6);
    }

    [Fact]
    public void Wilson_Half_SymmetricInterval()
    {
        var e = Estimate.Wilson(5000, 10_000);
        Assert.Equal(0.005, e.StandardError, 1e-15);
        Assert.Equal(0.5 - e.Lower95, e.Upper95 - 0.5, 1e-12);
        Assert.Equal(1.96 * 0.005, e.Upper95 - 0.5, 1e-4);
        Assert.Equal(StandardErrorMethod.IndependentTrials, e.Method);
    }

    [Fact]
    public void ProportionFromBlocks_ClipsToUnitInterval()
    {
        var e = Estimate.ProportionFromBlocks(0.99, 0.01);
        Assert.Equal(1, e.Upper95);
        Assert.Equal(0.99 - (1.959963984540054 * 0.01), e.Lower95, 1e-15);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, e.Method);
    }

    [Fact]
    public void Constructor_ValueAndError_NormalIntervalNotClipped()
    {
        // A difference of probabilities may be negative: the interval is Value ± 1.96 SE, unclipped.
        var e = new Estimate(-0.01, 0.02);
        Assert.Equal(-0.01 - (1.959963984540054 * 0.02), e.Lower95, 1e-15);
        Assert.Equal(-0.01 + (1.959963984540054 * 0.02), e.Upper95, 1e-15);
        Assert.Equal(StandardErrorMethod.IndependentTrials, e.Method);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, new Estimate(1, 0.1, StandardErrorMethod.BetweenBlocks).Method);
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Estimate(double.NaN, 0));
        Assert.ThrowsAny<ArgumentException>(() => new Estimate(1, double.PositiveInfinity));
        Assert.ThrowsAny<ArgumentException>(() => new Estimate(1, 0, (StandardErrorMethod)7));
        Assert.ThrowsAny<ArgumentException>(() => Estimate.Wilson(5, 4));
        Assert.ThrowsAny<ArgumentException>(() => Estimate.Wilson(0, 0));
        Assert.ThrowsAny<ArgumentException>(() => Estimate.ProportionFromBlocks(1.5, 0.1));
        Assert.ThrowsAny<ArgumentException>(() => Estimate.ProportionFromBlocks(0.5, -0.1));
    }

    [Fact]
    public void ProportionFromWeights_ClipsToUnitIntervalAndSaysHow()
    {
        var e = Estimate.ProportionFromWeights(0.02, 0.02);
        Assert.Equal(0, e.Lower95);
        Assert.Equal(0.02 + (1.959963984540054 * 0.02), e.Upper95, 1e-15);
        Assert.Equal(StandardErrorMethod.ImportanceWeights, e.Method);
        Assert.ThrowsAny<ArgumentException>(() => Estimate.ProportionFromWeights(-0.1, 0.1));
    }
}
