using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

public class PertTests
{
    [Fact]
    public void Samples_MeanAndVariance_MatchTheory() => DistributionChecks.MomentsMatch(new Pert(100, 150, 300));

    [Fact]
    public void Sample_Draws_FitCdf() => DistributionChecks.FitsCdf(new Pert(0, 2, 10));

    [Fact]
    public void Moments_ClosedForm()
    {
        // Mean (min + 4 mode + max)/6; as a scaled Beta(α, β) with α = 1 + 4·50/200 = 2, β = 1 + 4·150/200 = 4:
        // Var = 200² αβ/((α+β)²(α+β+1)) = 40000·8/(36·7).
        var d = new Pert(100, 150, 300);
        Assert.Equal(1000.0 / 6, d.Mean, 1e-12);
        Assert.Equal(40000.0 * 8 / (36 * 7), d.Variance, 1e-9);
    }

    [Fact]
    public void InverseCdf_RoundTrips() => DistributionChecks.InverseCdfRoundTrips(new Pert(0, 2, 10));

    [Fact]
    public void Constructor_MinAboveMax_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Pert(10, 5, 2));
        Assert.Equal("max", e.ParamName);
        Assert.Contains("max must be a finite number > 10; was 2", e.Message, StringComparison.Ordinal);
    }
}
