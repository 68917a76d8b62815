using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class TriangularFamilyTests
{
    private static readonly TriangularFamily Family = new();

    [Fact]
    public void Estimate_Sample_ModeAnObservationAndEndsOutsideTheSample()
    {
        var x = Draws.Of(new Triangular(10, 25, 60), 300, 4).Order().ToArray();
        var theta = Family.Estimate(x);
        var (min, mode, max) = (theta[0], theta[1], theta[2]);
        Assert.Contains(mode, x); // Oliver (1972): for given ends the likelihood peaks with the mode at an observation
        Assert.True(min < x[0] && max > x[^1], $"ends {min}, {max} around {x[0]}-{x[^1]}");
    }

    [Fact]
    public void Estimate_Sample_NoNearbyEndsOrModeFitBetter()
    {
        var x = Draws.Of(new Triangular(0, 3, 10), 200, 9).Order().ToArray();
        var theta = Family.Estimate(x);
        var best = Family.LogLikelihood(theta, x);
        // Each end moved by 1% of the range either way, and the mode moved to each neighbouring observation.
        var step = 0.01 * (x[^1] - x[0]);
        var modeAt = Array.IndexOf(x, theta[1]);
        double[][] nearby =
        [
            [theta[0] - step, theta[1], theta[2]],
            [Math.Min(theta[0] + step, x[0] - 1e-9), theta[1], theta[2]],
            [theta[0], theta[1], theta[2] + step],
            [theta[0], theta[1], Math.Max(theta[2] - step, x[^1] + 1e-9)],
            [theta[0], x[Math.Max(modeAt - 1, 0)], theta[2]],
            [theta[0], x[Math.Min(modeAt + 1, x.Length - 1)], theta[2]],
        ];
        Assert.All(nearby, other => Assert.True(Family.LogLikelihood(other, x) <= best + 1e-9, $"{string.Join(", ", other)} beats the estimate"));
    }

    [Fact]
    public void Estimate_AllEqual_Throws() => Assert.Throws<ArgumentException>(() => Family.Estimate([4, 4, 4]));

    [Theory]
    [InlineData(1.0, 0.25)] // rising side: 2(x − min)/((max − min)(mode − min)) = 2·1/(4·2)
    [InlineData(2.0, 0.5)] // the peak: 2/(max − min)
    [InlineData(3.0, 0.25)] // falling side: 2(max − x)/((max − min)(max − mode)) = 2·1/(4·2)
    public void LogDensity_TriangleZeroTwoFour_ClosedForm(double x, double density)
        => Assert.Equal(Math.Log(density), Family.LogDensity([0, 2, 4], x), 13);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(4.1)]
    public void LogDensity_OutsideTheEnds_NegativeInfinity(double x) => Assert.Equal(double.NegativeInfinity, Family.LogDensity([0, 2, 4], x));

    [Fact]
    public void LogDensity_ModeOutsideTheEnds_NegativeInfinity() => Assert.Equal(double.NegativeInfinity, Family.LogDensity([0, 5, 4], 1));

    [Fact]
    public void Build_TheTriangleOfTheta()
    {
        Assert.Equal((1 + 2 + 6) / 3.0, Assert.IsType<Triangular>(Family.Build([1, 2, 6])).Mean, 12);
        Assert.Equal(["min", "mode", "max"], Family.ParameterNames);
        Assert.False(Family.IsRegular);
    }
}
