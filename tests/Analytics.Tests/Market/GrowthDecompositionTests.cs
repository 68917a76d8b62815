using Analytics.Market;
using CsCheck;

namespace Analytics.Tests.Market;

public class GrowthDecompositionTests
{
    [Fact]
    public void Of_SeedAt15Percent_ShareMustGrow14Point42Percent()
    {
        // g = 5000 / 3800 - 1 = 6/19 = 0.315789...; s = (25/19) / 1.15 - 1 = 500/437 - 1 = 63/437 = 0.144165...
        var d = GrowthDecomposition.Of(3800m, 5000m, 0.15m);
        Assert.Equal(0.315789m, Math.Round(d.RevenueGrowth, 6));
        Assert.Equal(Math.Round(63m / 437m, 12), Math.Round(d.ShareGrowth, 12));
    }

    [Fact]
    public void Of_SeedAt20Percent_ShareMustGrow9Point65Percent()
    {
        // s = (25/19) / 1.2 - 1 = 125/114 - 1 = 11/114 = 0.096491...
        var d = GrowthDecomposition.Of(3800m, 5000m, 0.20m);
        Assert.Equal(Math.Round(11m / 114m, 12), Math.Round(d.ShareGrowth, 12));
    }

    [Fact]
    public void Compose_OfDecomposition_GivesRevenueGrowthBack()
    {
        Gen.Select(Gen.Decimal[-0.5m, 2m], Gen.Decimal[-0.5m, 2m]).Sample((g, m) =>
        {
            var d = new GrowthDecomposition(g, m);
            Assert.Equal(g, GrowthDecomposition.Compose(m, d.ShareGrowth), 20);
        });
    }

    [Theory]
    [InlineData(-1.0, 0.1, "revenueGrowth")]
    [InlineData(0.3, -1.5, "marketGrowth")]
    public void Constructor_GrowthAtOrBelowMinusOne_Throws(double g, double m, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthDecomposition((decimal)g, (decimal)m));
        Assert.Equal(name, e.ParamName);
        Assert.Contains("> -1", e.Message, StringComparison.Ordinal);
    }
}
