using System.Globalization;
using Analytics.Analyses.Sensitivity;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a sensitivity analysis's tornado rows into the tornado's <see cref="Sensitivity"/>: for
/// each input, P(hit) (or the mean total) with the input at its own P10 and at its P90, against the
/// base with every input at its median. Re-shaping only, in the analysis's order (widest swing first).
/// </summary>
public static class TornadoBars
{
    /// <summary>The tornado of <paramref name="result"/>.</summary>
    /// <param name="result">A sensitivity analysis with at least one tornado row.</param>
    /// <param name="metric">P(hit) (default) or the mean total, 萬元.</param>
    /// <param name="names">The label of an input by its name (default: the name itself, in both languages).</param>
    /// <param name="top">The widest bars shown at most, 1 or more (default all).</param>
    public static Sensitivity From(SensitivityResult result, TornadoMetric metric = TornadoMetric.ProbabilityOfHit, Func<string, BilingualText>? names = null, int? top = null)
    {
        Preconditions.NotNull(result);
        if (result.Tornado.Count == 0)
        {
            throw new ArgumentException("result has no tornado rows: the scenario has no uncertain input.", nameof(result));
        }

        var rows = result.Tornado.Take(Preconditions.InRange(top ?? result.Tornado.Count, 1, int.MaxValue, nameof(top)));
        var label = names ?? BilingualText.Same;
        var probability = metric == TornadoMetric.ProbabilityOfHit;
        return new Sensitivity(
            [.. rows.Select(r => new TornadoBar(
                label(r.Input),
                probability ? r.HitAtLow.Value : r.MeanAtLow.Value,
                probability ? r.HitAtHigh.Value : r.MeanAtHigh.Value,
                BilingualText.Same(string.Create(CultureInfo.InvariantCulture, $"P10 {r.Low:G3} – P90 {r.High:G3}"))))],
            probability ? result.BaseHit.Value : result.BaseMean.Value,
            metric);
    }
}
