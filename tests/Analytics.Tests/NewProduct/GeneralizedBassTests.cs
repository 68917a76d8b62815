using Analytics.NewProduct;

namespace Analytics.Tests.NewProduct;

public class GeneralizedBassTests
{
    private static readonly BassDiffusion Monthly = new(0.01, 0.12, 200);
    private static readonly BassShock WinInMonth4 = new(4.0, 1.5, 0.3);

    [Fact]
    public void NoShock_EqualsPlainBass()
    {
        var g = new GeneralizedBass(Monthly, []);
        foreach (var t in new[] { 0.0, 3.0, 12.5, 30.0 })
        {
            Assert.Equal(Monthly.CumulativeFraction(t), g.CumulativeFraction(t), 15);
            Assert.Equal(Monthly.Density(t), g.Density(t), 15);
        }
    }

    [Fact]
    public void EffectiveTime_EqualsNumericalIntegralOfIntensity()
    {
        // Trapezoid rule on x(t) with a fine grid, starting the grid at the shock to avoid its jump.
        var g = new GeneralizedBass(Monthly, [WinInMonth4]);
        const int steps = 200_000;
        var integral = 4.0;   // x = 1 before the shock
        var h = (10.0 - 4.0) / steps;
        for (var i = 0; i < steps; i++)
        {
            var a = 4.0 + (i * h);
            integral += h * (g.Intensity(a) + g.Intensity(a + h)) / 2;
        }

        Assert.Equal(integral, g.EffectiveTime(10.0), 8);
        Assert.Equal(10 + (1.5 / 0.3 * (1 - Math.Exp(-0.3 * 6))), g.EffectiveTime(10.0), 12);
    }

    [Fact]
    public void Density_SatisfiesGeneralizedHazard()
    {
        // f / (1 - F) = (p + q F) x(t), f from a finite difference of F (independent of the chain rule in code).
        var g = new GeneralizedBass(Monthly, [WinInMonth4]);
        const double h = 1e-6;
        foreach (var t in new[] { 2.0, 4.5, 8.0, 20.0 })
        {
            var f = (g.CumulativeFraction(t + h) - g.CumulativeFraction(t - h)) / (2 * h);
            var big = g.CumulativeFraction(t);
            Assert.Equal((0.01 + (0.12 * big)) * g.Intensity(t), f / (1 - big), 6);
        }
    }

    [Fact]
    public void Shock_BeforeItsStart_ChangesNothingAfterwardAddsAdopters()
    {
        var g = new GeneralizedBass(Monthly, [WinInMonth4]);
        Assert.Equal(0.0, g.ExtraAdopters(3.9), 12);
        Assert.True(g.ExtraAdopters(12) > 0);
        Assert.True(g.PeriodAdopters(5) > Monthly.PeriodAdopters(5));
    }

    [Fact]
    public void ExtraAdopters_Eventually_VanishesBecauseThePotentialIsFixed()
    {
        // A shock speeds adoption up; it cannot raise m.
        Assert.Equal(0.0, new GeneralizedBass(Monthly, [WinInMonth4]).ExtraAdopters(500), 6);
    }

    [Theory]
    [InlineData(-1.0, 1.0, 0.3)]
    [InlineData(1.0, -1.0, 0.3)]
    [InlineData(1.0, 1.0, 0.0)]
    [InlineData(1.0, double.NaN, 0.3)]
    public void BassShock_Invalid_Throws(double start, double intensity, double decay)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new BassShock(start, intensity, decay));
}
