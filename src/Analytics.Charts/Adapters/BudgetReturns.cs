using Analytics.Analyses.Budget;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns a budget analysis into the chart's <see cref="BudgetReturn"/>s: each line's amount and its attributed revenue per 萬元 (mean, P10, P90), or none when the scenario traces nothing to it.</summary>
public static class BudgetReturns
{
    /// <summary>One entry per line of <paramref name="result"/>, in its order.</summary>
    /// <param name="result">A budget analysis.</param>
    /// <param name="names">The label of a line by its id (default: the id, in both languages).</param>
    public static IReadOnlyList<BudgetReturn> From(BudgetResult result, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotNull(result);
        var label = names ?? BilingualText.Same;
        return [.. result.Lines.Select(l => new BudgetReturn(label(l.Id), l.Amount, l.PerUnit?.Value, l.PerUnitP10, l.PerUnitP90))];
    }
}
