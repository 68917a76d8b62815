using Analytics.Analyses.Sensitivity;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns Sobol indices into the chart's <see cref="SobolBar"/>s: first and total order with their
/// bootstrap intervals, largest total-order index first (the analysis lists them in the scenario's
/// input order; a chart reads best from the largest down).
/// </summary>
public static class SobolBars
{
    /// <summary>One bar per index of <paramref name="indices"/> (e.g. <see cref="SensitivityResult.SobolHit"/>), by total order descending (ties: the given order).</summary>
    /// <param name="indices">Sobol indices, at least one.</param>
    /// <param name="names">The label of an input by its name (default: the name itself).</param>
    public static IReadOnlyList<SobolBar> From(IReadOnlyList<SobolIndex> indices, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotEmpty(indices);
        var label = names ?? BilingualText.Same;
        return [.. indices.OrderByDescending(i => i.TotalOrder.Value).Select(i => new SobolBar(label(i.Input), i.FirstOrder.Value, i.FirstOrderInterval.Lower, i.FirstOrderInterval.Upper, i.TotalOrder.Value, i.TotalOrderInterval.Lower, i.TotalOrderInterval.Upper))];
    }
}
