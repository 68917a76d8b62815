using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class WeibullFamilyTests
{
    private static readonly WeibullFamily Family = new();
    private static readonly double[] Sample = [12.0, 18.5, 25.1, 30.2, 33.3, 41.0, 47.9, 60.4];

    [Fact]
    public void Estimate_Sample_SolvesTheScoreEquations()
    {
        // Σ x^k ln x / Σ x^k − 1/k = mean(ln x), and λ = (mean x^k)^(1/k), written out directly.
        var theta = Family.Estimate(Sample);
        var (k, scale) = (theta[0], theta[1]);
        var powers = Sample.Select(x => Math.Pow(x, k)).ToArray();
        var weighted = Sample.Zip(powers, (x, p) => p * Math.Log(x)).Sum() / powers.Sum();
        Assert.Equal(Sample.Average(Math.Log), weighted - (1 / k), 10);
        Assert.Equal(Math.Pow(powers.Average(), 1 / k), scale, 1e-9 * scale);
    }

    [Fact]
    public void Estimate_HugeValues_NoOverflowSameShape()
    {
        // x^k for x near 1e200 overflows a double; the estimate works on x over its geometric mean.
        var theta = Family.Estimate(Sample);
        var huge = Family.Estimate([.. Sample.Select(x => x * 1e200)]);
        Assert.Equal(theta[0], huge[0], 1e-9 * theta[0]);
        Assert.Equal(theta[1] * 1e200, huge[1], 1e-9 * theta[1] * 1e200);
    }

    [Fact]
    public void Estimate_AllEqual_Throws() => Assert.Throws<ArgumentException>(() => Family.Estimate([2, 2, 2, 2]));

    [Fact]
    public void LogDensity_ShapeOne_Exponential() => Assert.Equal(-Math.Log(5) - (2.0 / 5), Family.LogDensity([1, 5], 2), 13);

    [Fact]
    public void LogDensity_ShapeTwoAtTheScale_ClosedForm()
    {
        // k = 2, λ = 3, x = 3: f = (2/3)(1) e^(−1), ln f = ln(2/3) − 1.
        Assert.Equal(Math.Log(2.0 / 3) - 1, Family.LogDensity([2, 3], 3), 13);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, -1, 1)]
    [InlineData(1, 1, 0)]
    public void LogDensity_OutsideTheFamilyOrSupport_NegativeInfinity(double shape, double scale, double x)
        => Assert.Equal(double.NegativeInfinity, Family.LogDensity([shape, scale], x));

    [Fact]
    public void Build_TheWeibullOfTheta()
    {
        // Mean λ Γ(1 + 1/k): for k = 2, λ = 10 that is 10 · √π / 2.
        Assert.Equal(10 * Math.Sqrt(Math.PI) / 2, Assert.IsType<Weibull>(Family.Build([2, 10])).Mean, 12);
        Assert.Equal("weibull", Family.Name);
    }
}
