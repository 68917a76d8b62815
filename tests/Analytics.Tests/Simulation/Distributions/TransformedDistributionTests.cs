using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class TransformedDistributionTests
{
    [Theory]
    [InlineData(Transform.Scale, 1.7)]
    [InlineData(Transform.LogOddsShift, 0.8)]
    [InlineData(Transform.CappedShift, 0.1)]
    public void Samples_SameSeed_AreTheBaseDrawsMapped(Transform kind, double parameter)
    {
        // Common random numbers: the transformed input consumes the generator exactly as its base.
        var beta = new Beta(7, 13);
        var t = new TransformedDistribution(beta, kind, parameter);
        var (a, b) = (new Xoshiro256StarStar(99), new Xoshiro256StarStar(99));
        var (x, y) = (new double[500], new double[500]);
        beta.Samples(ref a, x);
        t.Samples(ref b, y);
        Assert.Equal(x.Select(t.Map), y);
        Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void Moments_ScaledLogNormal_ClosedForms()
    {
        var t = new TransformedDistribution(LogNormal.FromMeanCv(10, 0.5), Transform.Scale, 3);
        Assert.Equal(30, t.Mean, 1e-8);
        Assert.Equal(15 * 15, t.Variance, 1e-5);
        Assert.Equal(LogNormal.FromMeanCv(10, 0.5).InverseCdf(0.9) * 3, t.InverseCdf(0.9), 1e-9);
        Assert.Equal(0.9, t.Cdf(t.InverseCdf(0.9)), 1e-9);
    }

    [Fact]
    public void Mean_CappedShiftOfUniform_ClosedForm()
    {
        // U(0, 1) + 0.2 capped at 1: E = ∫0^0.8 (u + 0.2) du + 0.2·1 = 0.48 + 0.2 = 0.68.
        var t = new TransformedDistribution(new Uniform(0, 1), Transform.CappedShift, 0.2);
        Assert.Equal(0.68, t.Mean, 1e-4); // quadrature over the quantile function: the cap's kink costs accuracy (error ~7e-6)
        Assert.Equal(1, t.Maximum);
        Assert.Equal(0.2, t.Minimum, 15);
        Assert.Equal(0.5, t.Cdf(0.7), 12);
    }

    [Fact]
    public void Map_LogOddsShift_MultipliesTheOddsAndKeepsTheEnds()
    {
        var p = TransformedDistribution.Map(Transform.LogOddsShift, Math.Log(3), 0.25); // odds 1/3 → 1
        Assert.Equal(0.5, p, 12);
        Assert.Equal(0, TransformedDistribution.Map(Transform.LogOddsShift, 2, 0));
        Assert.Equal(1, TransformedDistribution.Map(Transform.LogOddsShift, 2, 1));
    }

    [Fact]
    public void Create_BadParameters_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TransformedDistribution(new Beta(2, 2), Transform.Scale, 0));
        Assert.ThrowsAny<ArgumentException>(() => new TransformedDistribution(new Beta(2, 2), Transform.LogOddsShift, double.NaN));
        Assert.ThrowsAny<ArgumentException>(() => new TransformedDistribution(new Beta(2, 2), Transform.CappedShift, 1.5));
        Assert.ThrowsAny<ArgumentException>(() => new TransformedDistribution(new Normal(0, 1), Transform.LogOddsShift, 1));
        Assert.ThrowsAny<ArgumentException>(() => new TransformedDistribution(new Beta(2, 2), (Transform)9, 1));
    }
}
