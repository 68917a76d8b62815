using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class LogNormalFamilyTests
{
    private static readonly LogNormalFamily Family = new();

    [Fact]
    public void Estimate_ExponentialsOfATextbookSample_TheNormalsEstimateOfTheLogs()
    {
        // ln x = 2, 4, 4, 4, 5, 5, 7, 9: mean 5 and sd (divisor n) 2.
        double[] logs = [2, 4, 4, 4, 5, 5, 7, 9];
        var theta = Family.Estimate([.. logs.Select(Math.Exp)]);
        Assert.Equal(5, theta[0], 12);
        Assert.Equal(2, theta[1], 12);
    }

    [Fact]
    public void Estimate_AllEqual_Throws() => Assert.Throws<ArgumentException>(() => Family.Estimate([7, 7]));

    [Fact]
    public void Reported_MuSigmaAndTheArithmeticMeanAndCv()
    {
        // mean exp(mu + sigma²/2) = e^(1 + 0.5) and cv sqrt(e^(sigma²) − 1) = sqrt(e − 1) for mu 1, sigma 1.
        var reported = Family.Reported([1, 1]);
        Assert.Equal(["mu", "sigma", "mean", "cv"], reported.Select(r => r.Name));
        Assert.Equal(1, reported[0].Value);
        Assert.Equal(1, reported[1].Value);
        Assert.Equal(Math.Exp(1.5), reported[2].Value, 12);
        Assert.Equal(Math.Sqrt(Math.E - 1), reported[3].Value, 12);
    }

    [Fact]
    public void Snippet_WrittenAsMeanAndCv() => Assert.StartsWith("{ \"dist\": \"lognormal\", \"mean\": ", Family.Snippet([3, 0.5]), StringComparison.Ordinal);

    [Theory]
    [InlineData(0.0, 1.0, 1.0)]
    [InlineData(2.5, 0.7, 12.5)]
    public void LogDensity_NormalOfTheLogLessTheLog(double mu, double sigma, double x)
    {
        var z = (Math.Log(x) - mu) / sigma;
        Assert.Equal(-(0.5 * Math.Log(2 * Math.PI)) - Math.Log(sigma) - Math.Log(x) - (z * z / 2), Family.LogDensity([mu, sigma], x), 13);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    public void LogDensity_NotPositive_NegativeInfinity(double x) => Assert.Equal(double.NegativeInfinity, Family.LogDensity([0, 1], x));

    [Fact]
    public void Build_TheLogNormalOfTheta()
    {
        var d = Assert.IsType<LogNormal>(Family.Build([3.32, 0.385]));
        Assert.Equal((3.32, 0.385), (d.Mu, d.Sigma));
        Assert.True(Family.RequiresPositive);
    }
}
