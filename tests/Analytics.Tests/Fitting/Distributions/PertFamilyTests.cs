using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Tests.Fitting.Distributions;

public class PertFamilyTests
{
    private static readonly PertFamily Family = new();

    [Fact]
    public void LogLikelihood_SumOfTheLogDensities()
    {
        // The fast sum (the beta function once) must be the plain sum of the densities.
        double[] x = [1.2, 2.5, 3.3, 4.8, 7.9];
        double[] theta = [0.5, 3, 9];
        Assert.Equal(x.Sum(v => Family.LogDensity(theta, v)), Family.LogLikelihood(theta, x), 11);
    }

    [Fact]
    public void LogLikelihood_ValueOutsideTheEnds_NegativeInfinity()
        => Assert.Equal(double.NegativeInfinity, Family.LogLikelihood([0, 1, 2], [0.5, 2.5]));

    [Fact]
    public void LogLikelihood_NoData_Zero() => Assert.Equal(0, Family.LogLikelihood([0, 1, 2], []));

    [Fact]
    public void LogDensity_SymmetricPert_ClosedForm()
    {
        // min 0, mode 1, max 2: α = β = 3, so f(x) = (x/2)²(1 − x/2)² / (2 B(3, 3)), B(3, 3) = 1/30. At x = 1: 30/32.
        Assert.Equal(Math.Log(30.0 / 32), Family.LogDensity([0, 1, 2], 1), 12);
        Assert.Equal(Math.Log(30.0 / 32), Family.LogLikelihood([0, 1, 2], [1.0]), 12);
    }

    [Fact]
    public void LogDensity_ModeAtTheLowerEnd_FiniteThere()
    {
        // α = 1 (0^0 = 1), β = 5: f(min) = 1/(width · B(1, 5)) = 5/width.
        Assert.Equal(Math.Log(5.0 / 10), Family.LogDensity([0, 0, 10], 0), 12);
    }

    [Fact]
    public void Estimate_Sample_EndsOutsideTheSampleAndModeBetween()
    {
        var x = Draws.Of(new Pert(10, 20, 50), 400, 12).Order().ToArray();
        var theta = Family.Estimate(x);
        Assert.True(theta[0] < x[0] && theta[2] > x[^1], $"ends {theta[0]}, {theta[2]} around {x[0]}-{x[^1]}");
        Assert.InRange(theta[1], theta[0], theta[2]);
        // The search's maximum is at least as likely as the truth.
        Assert.True(Family.LogLikelihood(theta, x) >= Family.LogLikelihood([10, 20, 50], x) - 1e-9);
    }

    [Fact]
    public void Estimate_AllEqual_Throws() => Assert.Throws<ArgumentException>(() => Family.Estimate([1, 1]));

    [Fact]
    public void Build_ThePertOfTheta()
    {
        var d = Assert.IsType<Pert>(Family.Build([10, 20, 50]));
        Assert.Equal((10 + (4 * 20) + 50) / 6.0, d.Mean, 12);
        Assert.Equal(SpecialFunctions.BetaLn(1 + (4 * 10.0 / 40), 1 + (4 * 30.0 / 40)), SpecialFunctions.BetaLn(d.Alpha, d.BetaShape), 12);
    }
}
