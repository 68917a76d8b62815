using Analytics.Charts.Adapters;
using Analytics.Fitting.Distributions;

namespace Analytics.Charts.Tests.Adapters;

public class QuantilePlotsTests
{
    [Fact]
    public void From_Fit_TheLibrarysQuantilePairsReshaped()
    {
        var data = Observations.Of([12.0, 15, 9, 22, 18, 11, 14]);
        var fit = DistributionFitter.Fit(data, new DistributionFitOptions(FitFamilies.Parse("normal"), 0)).Best;
        var plot = QuantilePlots.From(fit, data);
        var pairs = fit.QuantilePairs(data);
        Assert.Equal(pairs.Select(p => p.Fitted), plot.Fitted);
        Assert.Equal([9.0, 11, 12, 14, 15, 18, 22], plot.Observed);
        Assert.Equal("normal", plot.Family);
    }
}
