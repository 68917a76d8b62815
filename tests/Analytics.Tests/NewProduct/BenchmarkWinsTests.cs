using Analytics.NewProduct;

namespace Analytics.Tests.NewProduct;

public class BenchmarkWinsTests
{
    [Fact]
    public void Equal_SeedThreeAt035_IsBinomial()
    {
        // C(3,k) 0.35^k 0.65^(3-k): 0.274625, 0.443625, 0.238875, 0.042875.
        var w = BenchmarkWins.Equal(3, 0.35);
        Assert.Equal(0.274625, w.Probability(0), 14);
        Assert.Equal(0.443625, w.Probability(1), 14);
        Assert.Equal(0.238875, w.Probability(2), 14);
        Assert.Equal(0.042875, w.Probability(3), 14);
        Assert.Equal(0.725375, w.AtLeast(1), 14);
        Assert.Equal(1.05, w.Mean, 14);
        Assert.Equal(3 * 0.35 * 0.65, w.Variance, 14);
    }

    [Fact]
    public void Distribution_UnequalProbabilities_HandComputed()
    {
        // p = 0.5, 0.35, 0.2: P(0) = .5 x .65 x .8 = .26; P(3) = .5 x .35 x .2 = .035;
        // P(1) = .5 x .65 x .8 + .5 x .35 x .8 + .5 x .65 x .2 = .465; P(2) = .24.
        var w = new BenchmarkWins([0.5, 0.35, 0.2]);
        Assert.Equal([0.26, 0.465, 0.24, 0.035], w.Distribution.Select(p => Math.Round(p, 14)));
        Assert.Equal(0.275, w.AtLeast(2), 14);
    }

    [Fact]
    public void Probability_OutsideRange_IsZero()
    {
        var w = BenchmarkWins.Equal(3, 0.35);
        Assert.Equal(0.0, w.Probability(-1));
        Assert.Equal(0.0, w.Probability(4));
        Assert.Equal(1.0, w.AtLeast(0));
        Assert.Equal(0.0, w.AtLeast(4));
    }

    [Fact]
    public void Distribution_SumsToOne()
        => Assert.Equal(1.0, new BenchmarkWins([0.1, 0.9, 0.33, 0.5, 0.77, 0.01]).Distribution.Sum(), 14);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadProbability_ThrowsNamingIndexAndRange(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkWins([0.3, p]));
        Assert.Contains("probabilities[1] must be a probability in [0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => new BenchmarkWins([]));
}
