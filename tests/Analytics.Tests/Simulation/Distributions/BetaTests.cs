using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class BetaTests
{
    [Theory]
    [InlineData(15.0, 85.0)]
    [InlineData(0.5, 0.5)]
    [InlineData(0.3, 4.0)]
    public void Samples_MeanAndVariance_MatchTheory(double a, double b) => DistributionChecks.MomentsMatch(new Beta(a, b));

    [Theory]
    [InlineData(12.0, 88.0)]
    [InlineData(0.2, 0.2)]
    public void Sample_Draws_FitCdf(double a, double b) => DistributionChecks.FitsCdf(new Beta(a, b));

    [Theory]
    [InlineData(15.0, 85.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.4, 3.0)]
    public void Samples_Buffer_SameValuesAsOneAtATime(double a, double b)
    {
        // The buffer sampler works the gamma constants out once; the draws must not change.
        var beta = new Beta(a, b);
        var buffered = new double[5000];
        var rng = new Xoshiro256StarStar(8);
        beta.Samples(ref rng, buffered);
        var single = new Xoshiro256StarStar(8);
        foreach (var value in buffered)
        {
            Assert.Equal(value, beta.Sample(ref single));
        }

        Assert.Equal(rng.NextUInt64(), single.NextUInt64()); // and the generator ends in the same state
    }

    [Fact]
    public void Moments_ClosedForm()
    {
        var d = new Beta(15, 85);
        Assert.Equal(0.15, d.Mean, 1e-15);
        Assert.Equal(15.0 * 85 / (100 * 100 * 101), d.Variance, 1e-15);
    }

    [Fact]
    public void ExpectedComplementPower_MatchesQuadrature()
    {
        // E[(1 − X)³] for Beta(2, 5) = B(2, 8)/B(2, 5) = (5·6·7)/(7·8·9) = 210/504.
        var d = new Beta(2, 5);
        Assert.Equal(210.0 / 504, d.ExpectedComplementPower(3), 1e-14);
        Assert.Equal(210.0 / 504, d.Expectation(x => Math.Pow(1 - x, 3)), 1e-8);
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Beta(15, 85));

    [Theory]
    [InlineData(0.0, 1.0, "a")]
    [InlineData(1.0, -2.0, "b")]
    [InlineData(double.NaN, 1.0, "a")]
    public void Constructor_BadShape_Throws(double a, double b, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Beta(a, b));
        Assert.Equal(name, e.ParamName);
        Assert.Contains($"{name} must be a finite number > 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Posterior_WinsOfLeads_AddsWinsAndLossesToTheShapes()
    {
        // Beta(15, 85) after 4 wins of 80 leads: Beta(19, 161), mean 19/180.
        var posterior = new Beta(15, 85).Posterior(4, 80);
        Assert.Equal(19, posterior.A);
        Assert.Equal(161, posterior.B);
        Assert.Equal(19.0 / 180, posterior.Mean, 1e-15);
        Assert.Equal(new Beta(2, 3).A, new Beta(2, 3).Posterior(0, 0).A);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    [InlineData(0, -1)]
    public void Posterior_SuccessesOutsideTrials_Throws(int successes, int trials)
        => Assert.ThrowsAny<ArgumentException>(() => new Beta(1, 1).Posterior(successes, trials));

    [Theory]
    [InlineData(10, 10, 0.4)]
    [InlineData(2.4, 37.6, 0.03)]
    [InlineData(0.5, 0.5, 0.9)]
    [InlineData(1, 3, 0.25)]
    public void LogDensity_MatchesMathNet(double a, double b, double x)
        => Assert.Equal(MathNet.Numerics.Distributions.Beta.PDFLn(a, b, x), Beta.LogDensity(a, b, x), 1e-10);

    [Fact]
    public void LogDensity_AtAndBeyondTheEnds_ZeroOrPole()
    {
        // Beta(1, 3) is 3(1 − x)²: 3 at 0, 0 at 1; outside [0, 1] nothing.
        Assert.Equal(Math.Log(3), Beta.LogDensity(1, 3, 0), 1e-12);
        Assert.Equal(double.NegativeInfinity, Beta.LogDensity(1, 3, 1));
        Assert.Equal(double.NegativeInfinity, Beta.LogDensity(1, 3, -0.1));
        Assert.Equal(double.PositiveInfinity, Beta.LogDensity(0.5, 2, 0));
    }
}
