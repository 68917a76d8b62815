using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Fitting.Distributions;

namespace Analytics.Charts.Adapters;

/// <summary>Turns a distribution fit into the chart's <see cref="QuantilePlot"/>: the library's Q-Q pairs (<see cref="DistributionFit.QuantilePairs"/>), re-shaped.</summary>
public static class QuantilePlots
{
    /// <summary>The Q-Q plot of <paramref name="data"/> against <paramref name="fit"/>.</summary>
    public static QuantilePlot From(DistributionFit fit, Observations data)
    {
        Preconditions.NotNull(fit);
        var pairs = fit.QuantilePairs(data);
        return new QuantilePlot([.. pairs.Select(p => p.Fitted)], [.. pairs.Select(p => p.Observed)], fit.Family.Name);
    }
}
