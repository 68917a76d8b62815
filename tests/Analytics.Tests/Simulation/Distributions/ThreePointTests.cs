using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class ThreePointTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void InverseCdf_StatedPercentiles_ReturnedExactly(bool logScale)
    {
        var d = new ThreePoint(3000, 4000, 6000, logScale);
        Assert.Equal(3000, d.InverseCdf(0.1), 1e-8);
        Assert.Equal(4000, d.InverseCdf(0.5), 1e-8);
        Assert.Equal(6000, d.InverseCdf(0.9), 1e-8);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Samples_MeanAndVariance_MatchClosedForms(bool logScale) => DistributionChecks.MomentsMatch(new ThreePoint(30, 40, 70, logScale));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sample_Draws_FitCdf(bool logScale) => DistributionChecks.FitsCdf(new ThreePoint(30, 40, 70, logScale));

    [Fact]
    public void Mean_Symmetric_IsMedian()
    {
        // Equal spreads on the linear scale: an ordinary normal with sd (P90 − P50)/1.2816.
        var d = new ThreePoint(80, 100, 120, logScale: false);
        Assert.Equal(100, d.Mean, 1e-12);
        Assert.Equal(Math.Pow(20 / 1.2815515655446004, 2), d.Variance, 1e-9);
    }

    [Fact]
    public void Constructor_LogScaleNonPositiveP10_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThreePoint(0, 1, 2));
        Assert.Contains("p10 must be a finite number > 0; was 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnorderedPercentiles_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThreePoint(10, 30, 20));
        Assert.Contains("p90 must be a finite number > 30; was 20", e.Message, StringComparison.Ordinal);
    }
}
