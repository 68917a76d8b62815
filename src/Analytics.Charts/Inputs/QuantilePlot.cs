using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// A Q-Q comparison of data with a fitted distribution: the sorted observations against the fit's
/// quantiles at the same plotting positions. On the diagonal the fit describes the data; a bend away
/// from it at either end is a tail the fit gets wrong.
/// </summary>
/// <param name="Fitted">The fit's quantiles, ascending.</param>
/// <param name="Observed">The observations, ascending, one per fitted quantile.</param>
/// <param name="Family">The fitted family's name (e.g. "lognormal"), shown in the title and the legend.</param>
public sealed record QuantilePlot(IReadOnlyList<double> Fitted, IReadOnlyList<double> Observed, string Family)
{
    /// <summary>The fit's quantiles (at least one, finite).</summary>
    public IReadOnlyList<double> Fitted { get; } = ChartInputChecks.Series(Preconditions.NotEmpty(Fitted), Fitted.Count);

    /// <summary>The observations (one per fitted quantile, finite).</summary>
    public IReadOnlyList<double> Observed { get; } = ChartInputChecks.Series(Observed, Fitted.Count);

    /// <summary>The family (not blank).</summary>
    public string Family { get; } = Preconditions.NotBlank(Family);
}
