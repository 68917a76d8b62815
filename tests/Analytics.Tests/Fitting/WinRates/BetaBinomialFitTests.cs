using Analytics.Common;
using Analytics.Fitting.WinRates;
using Analytics.History;
using Analytics.Simulation.Random;
using MathNet.Numerics.Distributions;
using Beta = Analytics.Simulation.Distributions.Beta;
using Binomial = Analytics.Simulation.Distributions.Binomial;

namespace Analytics.Tests.Fitting.WinRates;

public class BetaBinomialFitTests
{
    private static LeadPeriod Period(int leads, int wins, int i = 0) => new($"p{i}", null, leads, wins, SourceLocation.None);

    [Fact]
    public void Fit_SaxonyFamiliesOfTwelve_PublishedMaximumLikelihood()
    {
        // Boys among the first 12 children of 6115 Saxon families (Geissler's data via Sokal and Rohlf and
        // Lindsey 1995, the example of Wikipedia's "Beta-binomial distribution"): the beta-binomial's
        // maximum-likelihood a = 34.10, b = 31.58 (34.1029, 31.5782 to high precision, mpsci's fit).
        int[] families = [3, 24, 104, 286, 670, 1033, 1343, 1112, 829, 478, 181, 45, 7];
        var periods = families.SelectMany((count, boys) => Enumerable.Repeat(Period(12, boys), count)).ToArray();
        var fit = BetaBinomialFit.Fit("saxony", periods);
        Assert.Equal(34.10, fit.A!.Value, 0.02);
        Assert.Equal(31.58, fit.B!.Value, 0.02);
        Assert.Equal(0.5192, fit.Mean, 4);
        // The boys vary more than a binomial allows (variance 3.49 against 3.00): overdispersion is overwhelming.
        Assert.True(fit.OverdispersionPValue < 1e-10);
    }

    [Fact]
    public void Fit_PlainBinomialPeriods_MaximumOnTheBoundaryAndPValueOne()
    {
        // Every period 20 wins of 100: no beta-binomial beats the binomial's rate 0.2.
        var fit = BetaBinomialFit.Fit("flat", [.. Enumerable.Range(0, 8).Select(i => Period(100, 20, i))]);
        Assert.True(fit.AtBinomialBoundary);
        Assert.Null(fit.A);
        Assert.Equal(0.2, fit.Mean, 12);
        Assert.Equal(0, fit.LikelihoodRatio);
        Assert.Equal(1, fit.OverdispersionPValue);
        Assert.Equal(0, fit.IntraClassCorrelation);
        // The one rate's Jeffreys posterior: Beta(160 + 1/2, 640 + 1/2).
        Assert.Equal("{ \"dist\": \"beta\", \"a\": 160.5, \"b\": 640.5 }", fit.Snippet);
        Assert.Equal(MathNet.Numerics.Distributions.Beta.InvCDF(160.5, 640.5, 0.025), fit.MeanLower95, 12);
    }

    [Fact]
    public void Fit_RatesDrawnFromAKnownBeta_RecoveredWithinFourStandardErrors()
    {
        // 400 quarters of 50 leads, each quarter's rate ~ Beta(6, 34) (mean 0.15, a + b = 40).
        var rng = new Xoshiro256StarStar(77);
        var periods = Enumerable.Range(0, 400).Select(i => Period(50, Binomial.Sample(ref rng, 50, Beta.Sample(ref rng, 6, 34)), i)).ToArray();
        var fit = BetaBinomialFit.Fit("known", periods);
        Assert.True(Math.Abs(fit.A!.Value - 6) <= 4 * fit.AStandardError!.Value, $"a {fit.A} (se {fit.AStandardError})");
        Assert.True(Math.Abs(fit.B!.Value - 34) <= 4 * fit.BStandardError!.Value, $"b {fit.B} (se {fit.BStandardError})");
        Assert.InRange(0.15, fit.MeanLower95 - 0.01, fit.MeanUpper95 + 0.01);
        Assert.True(fit.OverdispersionPValue < 0.001);
    }

    [Fact]
    public void OverdispersionPValue_HalfTheChiSquareTail()
    {
        var periods = new[] { Period(40, 2, 0), Period(40, 15, 1), Period(40, 4, 2), Period(40, 12, 3) };
        var fit = BetaBinomialFit.Fit("x", periods);
        Assert.False(fit.AtBinomialBoundary);
        Assert.Equal(0.5 * (1 - ChiSquared.CDF(1, fit.LikelihoodRatio)), fit.OverdispersionPValue, 14);
        Assert.Equal(2 * (fit.LogLikelihood - fit.BinomialLogLikelihood), fit.LikelihoodRatio, 12);
    }

    [Fact]
    public void BetaBinomialLogProbability_ProductFormAgreesWithTheBetaFunctions()
    {
        // P(K = 3 | n = 10, a = 2, b = 5) = C(10, 3) B(5, 12) / B(2, 5).
        var expected = MathNet.Numerics.SpecialFunctions.BinomialLn(10, 3) + MathNet.Numerics.SpecialFunctions.BetaLn(5, 12) - MathNet.Numerics.SpecialFunctions.BetaLn(2, 5);
        Assert.Equal(expected, BetaBinomialFit.BetaBinomialLogProbability(10, 3, 2 / 7.0, 7), 11);
    }

    [Fact]
    public void ByIndustry_GroupsInOrderOfFirstAppearance()
    {
        LeadPeriod P(string industry, int leads, int wins) => new("q", industry, leads, wins, SourceLocation.None);
        var fits = BetaBinomialFit.ByIndustry([P("b", 20, 3), P("a", 20, 5), P("b", 20, 6), P("a", 20, 2)]);
        Assert.Equal(["b", "a"], fits.Select(f => f.Group));
        Assert.Equal(9, fits[0].Wins);
    }

    [Fact]
    public void Fit_OnePeriod_NotIdentifiable()
        => Assert.Contains("at least two periods with leads", Assert.Throws<ArgumentException>(() => BetaBinomialFit.Fit("x", [Period(30, 3)])).Message, StringComparison.Ordinal);
}
