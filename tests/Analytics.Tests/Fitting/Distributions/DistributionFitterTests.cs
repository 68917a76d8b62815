using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class DistributionFitterTests
{
    // Lieblein and Zelen's (1956) ball bearings, millions of revolutions to failure (23 bearings).
    private static readonly double[] BallBearings =
        [17.88, 28.92, 33.00, 41.52, 42.12, 45.60, 48.48, 51.84, 51.96, 54.12, 55.56, 67.80, 68.64, 68.64, 68.88, 84.12, 93.12, 98.64, 105.12, 105.84, 127.92, 128.04, 173.40];

    private static DistributionFit FitOne(FitFamily family, IReadOnlyList<double> x, int bootstrap = 0)
        => DistributionFitter.Fit(Observations.Of(x), new DistributionFitOptions([family], bootstrap, Threads: 2)).Best;

    [Fact]
    public void Fit_BallBearings_LawlessPublishedEstimates()
    {
        // Lawless (2003), Statistical Models and Methods for Lifetime Data, 2nd ed.: Weibull û = 4.405,
        // b̂ = 0.476 on the log scale (scale e^û = 81.9, shape 1/b̂ = 2.10); lognormal μ̂ = 4.150, σ̂ = 0.522.
        var weibull = FitOne(new WeibullFamily(), BallBearings);
        Assert.Equal(4.405, Math.Log(weibull.Parameter("scale").Value), 3);
        Assert.Equal(0.476, 1 / weibull.Parameter("shape").Value, 3);
        var lognormal = FitOne(new LogNormalFamily(), BallBearings);
        Assert.Equal(4.150, lognormal.Parameter("mu").Value, 3);
        Assert.Equal(0.522, lognormal.Parameter("sigma").Value, 3);
    }

    [Fact]
    public void Fit_BallBearingsGamma_SolvesTheLikelihoodEquations()
    {
        // The gamma MLE's two score equations: k·scale = mean x and ln k − ψ(k) = ln(mean x) − mean(ln x).
        // k = 4.0254, scale = 17.942 by bisection on the second, computed apart from the library.
        var gamma = FitOne(new GammaFamily(), BallBearings);
        var (k, scale) = (gamma.Parameter("shape").Value, gamma.Parameter("scale").Value);
        Assert.Equal(BallBearings.Average(), k * scale, 9);
        Assert.Equal(Math.Log(BallBearings.Average()) - BallBearings.Average(Math.Log), Math.Log(k) - MathNet.Numerics.SpecialFunctions.DiGamma(k), 10);
        Assert.Equal(4.0254, k, 4);
        Assert.Equal(17.942, scale, 3);
    }

    [Fact]
    public void Fit_WeibullAgainstMathNetsEstimate_SameMaximum()
    {
        var x = Draws.Of(new Weibull(1.4, 30), 400, 7);
        var ours = FitOne(new WeibullFamily(), x);
        var theirs = MathNet.Numerics.Distributions.Weibull.Estimate(x);
        // MathNet's Newton iteration stops a little earlier: agreement to 1e-5 relative.
        Assert.Equal(theirs.Shape, ours.Parameter("shape").Value, 1e-5 * theirs.Shape);
        Assert.Equal(theirs.Scale, ours.Parameter("scale").Value, 1e-5 * theirs.Scale);
    }

    public static TheoryData<string, Distribution, double[]> KnownFamilies => new()
    {
        { "normal", new Normal(40, 12), [40, 12] },
        { "lognormal", new LogNormal(3.5, 0.6), [3.5, 0.6] },
        { "gamma", new Gamma(2.5, 14), [2.5, 14] },
        { "weibull", new Weibull(1.7, 50), [1.7, 50] },
    };

    [Theory]
    [MemberData(nameof(KnownFamilies))]
    public void Fit_SampleOfAKnownFamily_RecoversItsParametersWithinFourStandardErrors(string family, Distribution truth, double[] theta)
    {
        var fit = FitOne(FitFamilies.Parse(family)[0], Draws.Of(truth, 500, 2026));
        Assert.Equal(StandardErrorSource.ObservedInformation, fit.StandardErrors);
        for (var i = 0; i < theta.Length; i++)
        {
            var p = fit.Parameters[i];
            Assert.True(Math.Abs(p.Value - theta[i]) <= 4 * p.StandardError!.Value, $"{family} {p.Name}: {p.Value} vs {theta[i]} (se {p.StandardError})");
        }
    }

    [Fact]
    public void Fit_NormalStandardErrors_TheClosedForms()
    {
        // Observed information of the normal at the MLE: se(mean) = σ/√n, se(sd) = σ/√(2n).
        var x = Draws.Of(new Normal(5, 2), 300, 3);
        var fit = FitOne(new NormalFamily(), x);
        var sd = fit.Parameter("sd").Value;
        Assert.Equal(sd / Math.Sqrt(300), fit.Parameter("mean").StandardError!.Value, 5);
        Assert.Equal(sd / Math.Sqrt(600), fit.Parameter("sd").StandardError!.Value, 5);
    }

    [Fact]
    public void Fit_LogNormalMeanAndCv_DeltaMethodOfMuAndSigma()
    {
        var fit = FitOne(new LogNormalFamily(), Draws.Of(new LogNormal(3, 0.5), 400, 11));
        var (mu, sigma) = (fit.Parameter("mu").Value, fit.Parameter("sigma").Value);
        var n = 400.0;
        // se(mu) = σ/√n, se(σ) = σ/√(2n), independent; mean = exp(μ + σ²/2): ∂/∂μ = mean, ∂/∂σ = σ·mean.
        var mean = Math.Exp(mu + (sigma * sigma / 2));
        Assert.Equal(mean, fit.Parameter("mean").Value, 9);
        var seMean = mean * Math.Sqrt((sigma * sigma / n) + (sigma * sigma * sigma * sigma / (2 * n)));
        Assert.Equal(seMean, fit.Parameter("mean").StandardError!.Value, 3);
    }

    [Theory]
    [InlineData("triangular")]
    [InlineData("pert")]
    public void Fit_BoundedFamily_RecoversItsEndsAndModeWithinFourBootstrapStandardErrors(string family)
    {
        Distribution truth = family == "pert" ? new Pert(10, 25, 80) : new Triangular(10, 25, 80);
        var fit = FitOne(FitFamilies.Parse(family)[0], Draws.Of(truth, 300, 99), bootstrap: 100);
        Assert.Equal(StandardErrorSource.Bootstrap, fit.StandardErrors);
        double[] theta = [10, 25, 80];
        for (var i = 0; i < 3; i++)
        {
            var p = fit.Parameters[i];
            Assert.True(Math.Abs(p.Value - theta[i]) <= 4 * p.StandardError!.Value, $"{family} {p.Name}: {p.Value} vs {theta[i]} (se {p.StandardError})");
        }
    }

    [Fact]
    public void Fit_Default_RegularFamiliesRankedByAicWithBicAndPValues()
    {
        var x = Draws.Of(new LogNormal(3, 0.5), 200, 5);
        var result = DistributionFitter.Fit(Observations.Of(x), new DistributionFitOptions(Bootstrap: 49, Threads: 2));
        Assert.Equal(["lognormal", "gamma", "weibull", "normal"], result.Options.Families.Select(f => f.Name));
        Assert.Equal(result.Fits.OrderBy(f => f.Aic).Select(f => f.Family.Name), result.Fits.Select(f => f.Family.Name));
        Assert.Equal("lognormal", result.Best.Family.Name);
        foreach (var f in result.Fits)
        {
            Assert.Equal((2.0 * 2) - (2 * f.LogLikelihood), f.Aic, 9);
            Assert.Equal((2 * Math.Log(200)) - (2 * f.LogLikelihood), f.Bic, 9);
            Assert.InRange(f.KolmogorovSmirnovPValue!.Value, 0.02, 1);
        }

        Assert.Equal(0.02, result.Of("normal").AndersonDarlingPValue!.Value);   // (1 + 0) / (1 + 49): worse than every replicate
    }

    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, "at least 5 values")]
    [InlineData(new[] { 3.0, 3, 3, 3, 3 }, "every value is 3")]
    [InlineData(new[] { 1.0, 2, 3, 4, -5 }, "data must be > 0 for lognormal, gamma, weibull")]
    public void Fit_UnusableData_ArgumentExceptionSayingWhy(double[] x, string fragment)
    {
        var e = Assert.Throws<ArgumentException>(() => DistributionFitter.Fit(Observations.Of(x), new DistributionFitOptions(Bootstrap: 0)));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NegativeValuesWithTheFamiliesThatTakeThem_Fitted()
    {
        var x = Draws.Of(new Normal(0, 1), 50, 8);
        var result = DistributionFitter.Fit(Observations.Of(x), new DistributionFitOptions(FitFamilies.Parse("normal,triangular"), 0));
        Assert.Equal(2, result.Fits.Count);
        Assert.Null(result.Best.KolmogorovSmirnovPValue);
    }

    [Fact]
    public void QuantilePairs_PlottingPositionsAndTheFitsQuantiles()
    {
        var fit = FitOne(new NormalFamily(), BallBearings);
        var pairs = fit.QuantilePairs(Observations.Of(BallBearings));
        Assert.Equal(23, pairs.Count);
        Assert.Equal(0.5 / 23, pairs[0].Probability, 12);
        Assert.Equal(17.88, pairs[0].Observed);
        Assert.Equal(fit.Distribution.InverseCdf(22.5 / 23), pairs[^1].Fitted, 12);
    }

    [Fact]
    public void Summary_ForALabel_FamilyParametersAndTests()
    {
        var fit = FitOne(new GammaFamily(), BallBearings, bootstrap: 19);
        Assert.Matches(@"^gamma shape 4\.025, scale 17\.94; AIC [0-9.]+, KS p [0-9.]+, AD p [0-9.]+$", fit.Summary());
    }
}
