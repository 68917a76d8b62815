using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The true years whose predicted P(hit) fell in [<paramref name="Lower"/>, <paramref name="Upper"/>):
/// how many, their mean prediction and how often they hit. For calibrated predictions the realised
/// frequency differs from the mean prediction by about <see cref="StandardError"/>.
/// </summary>
/// <param name="Lower">The bin's lower end.</param>
/// <param name="Upper">Its upper end (the last bin includes 1).</param>
/// <param name="Years">True years in it.</param>
/// <param name="MeanPrediction">Their mean predicted P(hit).</param>
/// <param name="Realised">The share of them that hit the target.</param>
/// <param name="StandardError">The standard error of the difference: the spread of the realised share given the predictions, sqrt(Σ p(1 − p)) / n, with the predictions' own Monte Carlo error (their mean standard error, taken as fully shared since one set of prior trials serves every year).</param>
public sealed record CalibrationBin(double Lower, double Upper, int Years, double MeanPrediction, double Realised, double StandardError)
{
    /// <summary>The years (validated: &gt; 0).</summary>
    public int Years { get; } = Preconditions.Positive(Years);

    /// <summary>(Realised − mean prediction) / standard error (0 when the error is 0 and they agree).</summary>
    public double Deviation => StandardError > 0 ? (Realised - MeanPrediction) / StandardError : Realised == MeanPrediction ? 0 : double.PositiveInfinity;
}
