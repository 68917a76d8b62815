using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Tests.Fitting.Distributions;

public class GammaFamilyTests
{
    private static readonly GammaFamily Family = new();

    [Fact]
    public void Estimate_OneTwoFour_SolvesTheScoreEquations()
    {
        // mean 7/3 and mean ln x = ln 8 / 3 = ln 2: the shape solves ln k − ψ(k) = ln(7/3) − ln 2 = ln(7/6),
        // and the scale is mean / k.
        var theta = Family.Estimate([1, 2, 4]);
        var (k, scale) = (theta[0], theta[1]);
        Assert.Equal(Math.Log(7.0 / 6), Math.Log(k) - SpecialFunctions.DiGamma(k), 11);
        Assert.Equal(7.0 / 3, k * scale, 12);
    }

    [Fact]
    public void Estimate_ScaledData_SameShapeScaleTimesTheFactor()
    {
        double[] x = [3.1, 4.7, 8.2, 9.9, 15.3, 21.0];
        var theta = Family.Estimate(x);
        var scaled = Family.Estimate([.. x.Select(v => v * 1000)]);
        Assert.Equal(theta[0], scaled[0], 1e-9 * theta[0]);
        Assert.Equal(theta[1] * 1000, scaled[1], 1e-9 * theta[1] * 1000);
    }

    [Fact]
    public void Estimate_AllEqual_Throws()
        => Assert.Contains("all equal", Assert.Throws<ArgumentException>(() => Family.Estimate([5, 5, 5])).Message, StringComparison.Ordinal);

    [Fact]
    public void LogDensity_ShapeOne_Exponential()
    {
        // Gamma(1, s) is the exponential of mean s: ln f = −x/s − ln s.
        Assert.Equal((-3.0 / 2) - Math.Log(2), Family.LogDensity([1, 2], 3), 13);
    }

    [Fact]
    public void LogDensity_ShapeThree_ClosedForm()
    {
        // k = 3, s = 2, x = 4: x² e^(−x/s) / (Γ(3) s³) = 16 e^(−2) / 16, so ln f = −2.
        Assert.Equal(-2, Family.LogDensity([3, 2], 4), 13);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(1, 1, -1)]
    public void LogDensity_OutsideTheFamilyOrSupport_NegativeInfinity(double shape, double scale, double x)
        => Assert.Equal(double.NegativeInfinity, Family.LogDensity([shape, scale], x));

    [Fact]
    public void Build_ShapeAndScale_MeanTheirProduct()
    {
        var d = Assert.IsType<Gamma>(Family.Build([2.5, 14]));
        Assert.Equal(35, d.Mean, 12);
        Assert.Equal(["shape", "scale"], Family.ParameterNames);
        Assert.True(Family.RequiresPositive);
    }
}
