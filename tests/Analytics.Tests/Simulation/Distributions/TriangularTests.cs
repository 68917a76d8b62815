using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class TriangularTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new Triangular(10, 14, 30));

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new Triangular(0, 1, 4));

    [Fact]
    public void Moments_ClosedForm()
    {
        // (a + b + c)/3 and (a² + b² + c² − ab − ac − bc)/18 for (10, 14, 30).
        var d = new Triangular(10, 14, 30);
        Assert.Equal(18, d.Mean, 1e-12);
        Assert.Equal((100 + 196 + 900 - 140 - 300 - 420) / 18.0, d.Variance, 1e-12);
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Triangular(0, 3, 4), 1e-13);

    [Fact]
    public void Constructor_ModeOutsideRange_ThrowsNamingRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Triangular(0, 5, 4));
        Assert.Contains("mode must be a finite number in [0, 4]; was 5", e.Message, StringComparison.Ordinal);
    }
}
