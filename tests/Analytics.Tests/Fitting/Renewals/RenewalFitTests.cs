using Analytics.Common;
using Analytics.Fitting.Renewals;
using Analytics.History;
using MathNet.Numerics.Distributions;

namespace Analytics.Tests.Fitting.Renewals;

public class RenewalFitTests
{
    private static RenewalOutcome Due(string customer, string tier, int year, bool renewed) => new(customer, tier, year, renewed, SourceLocation.None);

    [Fact]
    public void ByTier_UniformPrior_PosteriorByHand()
    {
        // Tier A: 3 of 4 renewed. Beta(1, 1) updated by 3 renewals and 1 lapse is Beta(4, 2), mean 4/6.
        var fits = RenewalFit.ByTier([Due("x1", "A", 2024, true), Due("x2", "A", 2024, true), Due("x3", "A", 2025, false), Due("x4", "A", 2025, true), Due("y1", "B", 2025, false)]);
        var a = fits[0];
        Assert.Equal(("A", 4, 3), (a.Tier, a.Due, a.Renewed));
        Assert.Equal((4.0, 2.0), (a.A, a.B));
        Assert.Equal(4 / 6.0, a.Mean, 14);
        Assert.Equal([2024, 2025], a.Years);
        // The 5% quantile of Beta(4, 2): its CDF is 5x⁴ − 4x⁵, which is 0.05 there.
        Assert.Equal(0.05, (5 * Math.Pow(a.Lower90, 4)) - (4 * Math.Pow(a.Lower90, 5)), 9);
        Assert.Equal(Beta.InvCDF(4, 2, 0.95), a.Upper90, 12);
        Assert.Equal("{ \"dist\": \"beta\", \"a\": 4, \"b\": 2 }", a.Snippet);
        Assert.Equal((1.0, 2.0), (fits[1].A, fits[1].B));
    }

    [Fact]
    public void ByTier_JeffreysPrior_AddsHalves()
    {
        var fit = RenewalFit.ByTier([Due("x1", "C", 2025, true), Due("x2", "C", 2025, false), Due("x3", "C", 2025, false)], new BetaPrior(0.5, 0.5))[0];
        Assert.Equal((1.5, 2.5), (fit.A, fit.B));
    }

    [Fact]
    public void ByTier_TiersAlphabetically()
        => Assert.Equal(["A", "B", "C"], RenewalFit.ByTier([Due("c", "C", 2025, true), Due("a", "A", 2025, true), Due("b", "B", 2025, true)]).Select(f => f.Tier));

    [Fact]
    public void BetaPrior_NotPositive_Rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new BetaPrior(0, 1));
}
