using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class InversionTableTests
{
    [Fact]
    public void Find_EveryUniform_SmallestIndexWithCumulativeAbove()
    {
        var table = new InversionTable([0.2, 0.0, 0.5, 0.3], offset: 10);
        Assert.Equal(10, table.Find(0.0));
        Assert.Equal(10, table.Find(0.1999));
        Assert.Equal(12, table.Find(0.2)); // index 1 has no mass
        Assert.Equal(12, table.Find(0.6999));
        Assert.Equal(13, table.Find(0.7));
        Assert.Equal(13, table.Find(Math.BitDecrement(1.0)));
    }

    [Fact]
    public void Find_MonotoneInTheUniform()
    {
        var table = InversionTable.ForCounts(k => new Poisson(30).Probability(k), 30, Math.Sqrt(30), 0, int.MaxValue)!;
        var previous = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var k = table.Find(i / 10_000.0);
            Assert.True(k >= previous);
            previous = k;
        }
    }

    [Fact]
    public void Quantile_MatchesCumulative() => Assert.Equal(12, new InversionTable([0.2, 0.0, 0.5, 0.3], offset: 10).Quantile(0.7));

    [Theory]
    [InlineData(0.1, 10)]
    [InlineData(0.2, 10)] // exactly F(10) = F(11) = 0.2: the smallest index, not the zero-mass one
    [InlineData(0.2000001, 12)]
    [InlineData(0.7, 12)] // exactly F(12)
    [InlineData(0.9, 13)]
    [InlineData(1.0, 13)]
    public void Quantile_ZeroMassInTheMiddle_SmallestIndexWithCumulativeAtLeastP(double p, int expected)
        => Assert.Equal(expected, new InversionTable([0.2, 0.0, 0.5, 0.3], offset: 10).Quantile(p));

    [Fact]
    public void Quantile_SeveralZeroMassEntries_SmallestIndexAtTheBoundary()
    {
        // Cumulatives 0.25, 0.25, 0.25, 0.25, 1 (all exact in binary): at u = 0.25 the lower bound is index 0.
        var table = new InversionTable([0.25, 0, 0, 0, 0.75]);
        Assert.Equal(0, table.Quantile(0.25));
        Assert.Equal(4, table.Quantile(Math.BitIncrement(0.25)));
    }
}
