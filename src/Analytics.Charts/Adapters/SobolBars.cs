using Analytics.Analyses.Sensitivity;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns Sobol indices into the chart's <see cref="SobolBar"/>s: first and total order with their bootstrap intervals, in the analysis's order.</summary>
public static class SobolBars
{
    /// <summary>One bar per index of <paramref name="indices"/> (e.g. <see cref="SensitivityResult.SobolHit"/>).</summary>
    /// <param name="indices">Sobol indices, at least one.</param>
    /// <param name="names">The label of an input by its name (default: the name itself).</param>
    public static IReadOnlyList<SobolBar> From(IReadOnlyList<SobolIndex> indices, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotEmpty(indices);
        var label = names ?? BilingualText.Same;
        return [.. indices.Select(i => new SobolBar(label(i.Input), i.FirstOrder.Value, i.FirstOrderInterval.Lower, i.FirstOrderInterval.Upper, i.TotalOrder.Value, i.TotalOrderInterval.Lower, i.TotalOrderInterval.Upper))];
    }
}
