using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class LogFactorialTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 120)]
    [InlineData(10, 3_628_800)]
    public void Of_SmallCount_TheLogOfTheFactorial(int k, double factorial) => Assert.Equal(Math.Log(factorial), LogFactorial.Of(k), 13);

    [Fact]
    public void Of_EveryTableEntry_TheRunningSumOfLogs()
    {
        // ln k! = Σ ln j, summed here in extended steps; the table holds ln Γ(k + 1), which agrees to rounding.
        var sum = 0.0;
        for (var k = 1; k < 1024; k++)
        {
            sum += Math.Log(k);
            Assert.Equal(sum, LogFactorial.Of(k), 1e-12 * Math.Max(1, sum));
        }
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    public void Of_AroundTheTableEnd_ConsecutiveStepsAreLogK(int k)
        => Assert.Equal(Math.Log(k), LogFactorial.Of(k) - LogFactorial.Of(k - 1), 1e-9);

    [Fact]
    public void Of_Large_Stirling()
    {
        // ln n! = n ln n − n + ½ ln(2πn) + 1/(12n) − 1/(360n³) + …
        const double n = 1e6;
        var stirling = (n * Math.Log(n)) - n + (0.5 * Math.Log(2 * Math.PI * n)) + (1 / (12 * n));
        Assert.Equal(stirling, LogFactorial.Of(n), 1e-12 * stirling);
    }
}
