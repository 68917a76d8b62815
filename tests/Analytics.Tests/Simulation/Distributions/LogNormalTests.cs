using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class LogNormalTests
{
    [Fact]
    public void FromMeanCv_ReferenceOrderValue_HasThatMeanAndCv()
    {
        // Seed scenario: LogNormal(30, 0.4) means sigma² = ln(1.16), mu = ln 30 − sigma²/2.
        var d = LogNormal.FromMeanCv(30, 0.4);
        Assert.Equal(Math.Sqrt(Math.Log(1.16)), d.Sigma, 1e-15);
        Assert.Equal(Math.Log(30) - (Math.Log(1.16) / 2), d.Mu, 1e-14);
        Assert.Equal(30, d.Mean, 1e-12);
        Assert.Equal(0.4, d.CoefficientOfVariation, 1e-12);
        Assert.Equal(12 * 12, d.Variance, 1e-9);
    }

    [Fact]
    public void FromP10P90_HasThoseQuantiles()
    {
        var d = LogNormal.FromP10P90(20, 80);
        Assert.Equal(20, d.InverseCdf(0.1), 1e-9);
        Assert.Equal(80, d.InverseCdf(0.9), 1e-9);
        Assert.Equal(40, d.InverseCdf(0.5), 1e-9); // geometric mean of P10 and P90
    }

    [Fact]
    public void Samples_Buffer_MeanAndVarianceMatch() => DistributionChecks.MomentsMatch(LogNormal.FromMeanCv(10, 0.6));

    [Fact]
    public void Samples_BufferOfOddLength_FitsCdf()
    {
        // The buffer path (vectorised exp, padded tail) must give the same distribution as the scalar path.
        var d = LogNormal.FromMeanCv(45, 0.8);
        var rng = new Xoshiro256StarStar(3);
        var x = new double[20_003];
        d.Samples(ref rng, x);
        var ks = DistributionChecks.KolmogorovSmirnov(x, d.Cdf);
        Assert.True(ks * Math.Sqrt(x.Length) < 1.949);
    }

    [Fact]
    public void Samples_SameGenerator_MatchScalarDrawsToRoundOff()
    {
        var d = LogNormal.FromMeanCv(30, 0.4);
        var a = new Xoshiro256StarStar(8);
        var b = new Xoshiro256StarStar(8);
        var buffer = new double[37];
        d.Samples(ref a, buffer);
        for (var i = 0; i < buffer.Length; i++)
        {
            Assert.Equal(d.Sample(ref b), buffer[i], 1e-13 * buffer[i]);
        }
    }

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new LogNormal(1, 0.5));

    [Fact]
    public void Cdf_AgainstMathNet_Agrees()
    {
        var d = new LogNormal(2, 0.7);
        foreach (var x in new[] { 0.5, 3.0, 7.4, 20.0 })
        {
            Assert.Equal(MathNet.Numerics.Distributions.LogNormal.CDF(2, 0.7, x), d.Cdf(x), 1e-14);
        }
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new LogNormal(0, 1), 1e-14);

    [Theory]
    [InlineData(0.0, 0.4, "mean")]
    [InlineData(-5.0, 0.4, "mean")]
    [InlineData(30.0, 0.0, "cv")]
    [InlineData(30.0, double.NaN, "cv")]
    public void FromMeanCv_BadParameters_ThrowNamingParameter(double mean, double cv, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromMeanCv(mean, cv));
        Assert.Equal(name, e.ParamName);
        Assert.Contains($"{name} must be a finite number > 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromP10P90_P90BelowP10_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromP10P90(50, 40));
        Assert.Contains("p90 must be a finite number > 50; was 40", e.Message, StringComparison.Ordinal);
    }
}
