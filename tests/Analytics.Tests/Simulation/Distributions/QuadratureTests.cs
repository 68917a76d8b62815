using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class QuadratureTests
{
    [Theory]
    [InlineData(0, 1.0)] // ∫ 1 = 1
    [InlineData(1, 0.5)] // ∫ u = 1/2
    [InlineData(2, 1.0 / 3)]
    [InlineData(7, 1.0 / 8)]
    public void OverUnitInterval_Power_OneOverItsDegreePlusOne(int degree, double integral)
        => Assert.Equal(integral, Quadrature.OverUnitInterval(u => Math.Pow(u, degree)), 1e-12);

    [Fact]
    public void OverUnitInterval_Sine_TwoOverPi() => Assert.Equal(2 / Math.PI, Quadrature.OverUnitInterval(u => Math.Sin(Math.PI * u)), 1e-12);

    [Fact]
    public void OverUnitInterval_SquareRootSingularSlopeAtZero_TwoThirds()
        => Assert.Equal(2.0 / 3, Quadrature.OverUnitInterval(Math.Sqrt), 1e-12);

    [Fact]
    public void OverUnitInterval_NormalQuantileSquared_OneTheVariance()
    {
        // E[Z²] = ∫ Φ⁻¹(u)² du = 1: unbounded at both ends, but integrable.
        Assert.Equal(1, Quadrature.OverUnitInterval(u => StandardNormal.InverseCdf(u) * StandardNormal.InverseCdf(u)), 1e-9);
        Assert.Equal(0, Quadrature.OverUnitInterval(StandardNormal.InverseCdf), 1e-12);
    }

    [Fact]
    public void OverUnitInterval_NeverAtTheEnds()
        => Quadrature.OverUnitInterval(u => u is > 0 and < 1 ? u : throw new InvalidOperationException($"evaluated at {u}"));

    [Fact]
    public void OverUnitInterval_Zero_Zero() => Assert.Equal(0, Quadrature.OverUnitInterval(_ => 0));

    [Fact]
    public void OverUnitInterval_KinkInside_AboutOneInAThousand()
    {
        // ∫ |u − 1/3| du = (1/3)²/2 + (2/3)²/2 = 5/18: the kink at 1/3 limits the accuracy (2.9e-4 relative).
        var integral = Quadrature.OverUnitInterval(u => Math.Abs(u - (1.0 / 3)));
        Assert.Equal(5.0 / 18, integral, 1e-3 * 5 / 18);
    }
}
