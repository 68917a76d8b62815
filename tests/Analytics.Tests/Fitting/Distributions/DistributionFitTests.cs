using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class DistributionFitTests
{
    /// <summary>A normal fit of 25 values at mean 10, sd 2 with ln L = −50, made by hand (no fitting).</summary>
    private static DistributionFit Fit(double? ksP = null, double? adP = null)
        => new(
            new NormalFamily(),
            [10, 2],
            [new FittedParameter("mean", 10, 0.4, null, null), new FittedParameter("sd", 2, 0.28, null, null)],
            -50,
            25,
            0.1,
            ksP,
            0.5,
            adP,
            StandardErrorSource.ObservedInformation,
            null);

    [Fact]
    public void Aic_TwoParametersMinusTwiceTheLogLikelihood() => Assert.Equal((2 * 2) + 100, Fit().Aic);

    [Fact]
    public void Bic_TwoLogNMinusTwiceTheLogLikelihood() => Assert.Equal((2 * Math.Log(25)) + 100, Fit().Bic, 12);

    [Fact]
    public void Distribution_TheFamilysOfTheta()
    {
        var d = Assert.IsType<Normal>(Fit().Distribution);
        Assert.Equal((10, 2), (d.Location, d.Scale));
    }

    [Fact]
    public void Snippet_AsTheScenarioWritesIt() => Assert.Equal("{ \"dist\": \"normal\", \"mean\": 10, \"sd\": 2 }", Fit().Snippet);

    [Fact]
    public void Parameter_ByName_ItsEstimate()
    {
        var sd = Fit().Parameter("sd");
        Assert.Equal((2, (double?)0.28), (sd.Value, sd.StandardError));
    }

    [Fact]
    public void Parameter_Unknown_ThrowsNamingTheKnownOnes()
        => Assert.Equal("normal has no parameter \"shape\"; it has mean, sd.", Assert.Throws<KeyNotFoundException>(() => Fit().Parameter("shape")).Message);

    [Fact]
    public void Summary_WithoutBootstrap_TheStatisticsThemselves()
        => Assert.Equal("normal mean 10, sd 2; AIC 104.0, KS D 0.100, AD A2 0.500", Fit().Summary());

    [Fact]
    public void Summary_WithBootstrap_PValues()
        => Assert.Equal("normal mean 10, sd 2; AIC 104.0, KS p 0.41, AD p 0.38", Fit(0.41, 0.38).Summary());

    [Fact]
    public void Summary_OnlyOnePValue_TheStatisticsThemselves()
        => Assert.EndsWith("KS D 0.100, AD A2 0.500", Fit(ksP: 0.41).Summary(), StringComparison.Ordinal);

    [Fact]
    public void QuantilePairs_UnsortedData_SortedAgainstTheFitsQuantiles()
    {
        // Plotting positions (i + 0.5)/n: 1/8, 3/8, 5/8, 7/8; the fit's quantiles 10 + 2 Φ⁻¹(p).
        var pairs = Fit().QuantilePairs(Observations.Of([12, 8, 14, 10]));
        Assert.Equal([0.125, 0.375, 0.625, 0.875], pairs.Select(p => p.Probability));
        Assert.Equal([8.0, 10, 12, 14], pairs.Select(p => p.Observed));
        Assert.Equal(10 + (2 * StandardNormal.InverseCdf(0.125)), pairs[0].Fitted, 12);
        Assert.Equal(10 - (2 * StandardNormal.InverseCdf(0.125)), pairs[3].Fitted, 12);
    }

    [Fact]
    public void QuantilePairs_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Fit().QuantilePairs(null!));
}
