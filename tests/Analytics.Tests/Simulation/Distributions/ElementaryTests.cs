using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class ElementaryTests
{
    [Theory]
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(-0.05, -0.048770575499285984)]
    [InlineData(1.0, 1.718281828459045)]
    public void ExpM1_AccurateNearZero(double x, double expected) => Assert.Equal(expected, Elementary.ExpM1(x), Math.Abs(expected) * 4e-16);

    [Theory]
    [InlineData(1e-10, 9.9999999995e-11)]
    [InlineData(-0.001, -0.0010005003335835335)]
    public void Log1P_AccurateNearZero(double x, double expected) => Assert.Equal(expected, Elementary.Log1P(x), Math.Abs(expected) * 4e-16);
}
