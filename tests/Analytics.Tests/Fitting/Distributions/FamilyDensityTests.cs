using Analytics.Fitting.Distributions;
using M = MathNet.Numerics.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

/// <summary>
/// Each family's log-density against MathNet's, to pin the parameterisations: the scenario's gamma
/// takes a scale where MathNet's takes a rate, MathNet's triangular takes (lower, upper, mode), and
/// PERT is a scaled beta.
/// </summary>
public class FamilyDensityTests
{
    public static TheoryData<double> Points => new() { 0.3, 1.7, 12.5, 48.0 };

    [Theory]
    [MemberData(nameof(Points))]
    public void LogDensity_EachFamily_MatchesMathNet(double x)
    {
        Assert.Equal(M.Normal.PDFLn(10, 4, x), new NormalFamily().LogDensity([10, 4], x), 12);
        Assert.Equal(M.LogNormal.PDFLn(2.5, 0.7, x), new LogNormalFamily().LogDensity([2.5, 0.7], x), 12);
        Assert.Equal(M.Gamma.PDFLn(2.3, 1 / 15.0, x), new GammaFamily().LogDensity([2.3, 15], x), 11);
        Assert.Equal(M.Weibull.PDFLn(1.8, 20, x), new WeibullFamily().LogDensity([1.8, 20], x), 11);
        Assert.Equal(M.Triangular.PDFLn(0.1, 60, 9, x), new TriangularFamily().LogDensity([0.1, 9, 60], x), 11);
        var (a, mode, b) = (0.1, 9.0, 60.0);
        var (alpha, beta) = (1 + (4 * (mode - a) / (b - a)), 1 + (4 * (b - mode) / (b - a)));
        Assert.Equal(M.Beta.PDFLn(alpha, beta, (x - a) / (b - a)) - Math.Log(b - a), new PertFamily().LogDensity([a, mode, b], x), 10);
    }

    [Fact]
    public void LogDensity_OutsideSupportOrFamily_NegativeInfinity()
    {
        Assert.Equal(double.NegativeInfinity, new LogNormalFamily().LogDensity([0, 1], -1));
        Assert.Equal(double.NegativeInfinity, new GammaFamily().LogDensity([2, -1], 3));
        Assert.Equal(double.NegativeInfinity, new NormalFamily().LogDensity([0, 0], 0));
        Assert.Equal(double.NegativeInfinity, new TriangularFamily().LogDensity([0, 1, 2], 2.5));
        Assert.Equal(double.NegativeInfinity, new PertFamily().LogDensity([0, 1, 2], -0.5));
    }

    [Fact]
    public void Snippet_EachFamily_TheScenarioKeys()
    {
        Assert.Equal("{ \"dist\": \"gamma\", \"shape\": 2.3, \"scale\": 15 }", new GammaFamily().Snippet([2.3, 15]));
        Assert.Equal("{ \"dist\": \"weibull\", \"shape\": 1.8, \"scale\": 20 }", new WeibullFamily().Snippet([1.8, 20]));
        Assert.Equal("{ \"dist\": \"normal\", \"mean\": 10, \"sd\": 4 }", new NormalFamily().Snippet([10, 4]));
        Assert.Equal("{ \"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 5 }", new PertFamily().Snippet([1, 2, 5]));
        // The lognormal is written as the scenarios write it, mean and cv: exp(mu + sigma²/2) and sqrt(exp(sigma²) - 1).
        Assert.Equal(FormattableString.Invariant($"{{ \"dist\": \"lognormal\", \"mean\": {Math.Exp(2.5 + 0.245):G6}, \"cv\": {Math.Sqrt(Math.Exp(0.49) - 1):G6} }}"), new LogNormalFamily().Snippet([2.5, 0.7]));
    }
}
