using Analytics.Analyses.GoalSeek;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns a goal seek into the chart's <see cref="LeverCurve"/>: its scan of the lever (P(hit) and the 95% intervals the analysis gives), the required level, the baseline and the value found with its error.</summary>
public static class LeverCurves
{
    /// <summary>The curve of <paramref name="result"/>.</summary>
    /// <param name="result">A goal seek.</param>
    /// <param name="name">The lever's label (default the lever's path, the part of <see cref="GoalSeekResult.Lever"/> before its description).</param>
    /// <param name="valueFormat">The d3 format of lever values (default ".1%" when the range lies in [0, 1], a rate or a share, else ",.0f").</param>
    public static LeverCurve From(GoalSeekResult result, BilingualText? name = null, string? valueFormat = null)
    {
        Preconditions.NotNull(result);
        var path = result.Lever.Split(':')[0];
        return new LeverCurve(
            name ?? BilingualText.Same(path),
            [.. result.Curve.Select(c => c.Value)],
            [.. result.Curve.Select(c => c.Probability.Value)],
            [.. result.Curve.Select(c => c.Probability.Lower95)],
            [.. result.Curve.Select(c => c.Probability.Upper95)],
            result.Required,
            result.Baseline,
            result.Value,
            result.ValueError,
            valueFormat ?? (result.Lower >= 0 && result.Upper <= 1 ? ".1%" : ",.0f"));
    }
}
