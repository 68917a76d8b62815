using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class NormalFamilyTests
{
    private static readonly NormalFamily Family = new();

    [Fact]
    public void Estimate_TextbookSample_MeanFiveSdTwo()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, 32/8 = 4, sd 2 (divisor n).
        Assert.Equal([5.0, 2.0], Family.Estimate([2, 4, 4, 4, 5, 5, 7, 9]));
    }

    [Fact]
    public void Estimate_NegativeValues_Accepted()
    {
        Assert.False(Family.RequiresPositive);
        Assert.Equal([-1.0, 1.0], Family.Estimate([-2, 0]));
    }

    [Fact]
    public void Estimate_AllEqual_ThrowsSayingWhy()
        => Assert.Contains("all equal", Assert.Throws<ArgumentException>(() => Family.Estimate([3, 3, 3])).Message, StringComparison.Ordinal);

    [Fact]
    public void Estimate_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Family.Estimate(null!));

    [Theory]
    [InlineData(10, 4, 10)] // at the mean: −ln(sd) − ½ ln 2π
    [InlineData(10, 4, 18)] // two sd away: also −2
    [InlineData(0, 1, -1)]
    public void LogDensity_ClosedForm(double mean, double sd, double x)
    {
        var z = (x - mean) / sd;
        Assert.Equal(-Math.Log(sd) - (0.5 * Math.Log(2 * Math.PI)) - (z * z / 2), Family.LogDensity([mean, sd], x), 13);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void LogDensity_SdNotPositive_NegativeInfinity(double sd) => Assert.Equal(double.NegativeInfinity, Family.LogDensity([0, sd], 0));

    [Fact]
    public void Build_TheNormalOfTheta()
    {
        var d = Assert.IsType<Normal>(Family.Build([40, 12]));
        Assert.Equal((40, 12), (d.Location, d.Scale));
    }

    [Fact]
    public void Names_TheScenarioKeys()
    {
        Assert.Equal("normal", Family.Name);
        Assert.Equal(["mean", "sd"], Family.ParameterNames);
        Assert.True(Family.IsRegular);
    }
}
