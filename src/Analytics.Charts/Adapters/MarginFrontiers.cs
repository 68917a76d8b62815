using Analytics.Analyses.Splits;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a split analysis into the margin/P(hit) chart's <see cref="MarginFrontier"/>: every split
/// of the grid, the analysis's frontier and the plan's, best and risk-balanced splits, each with the
/// analysis's own P(hit) and expected margin. Splits are labelled in the order of
/// <see cref="SplitMaps.Order"/> (the ternary's repurchase/new customers/new product for the seed's
/// three business types, else the streams' own order), for any number of streams.
/// </summary>
public static class MarginFrontiers
{
    /// <summary>The chart input of <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentException">The scenario states no margins (the analysis has no expected margin).</exception>
    public static MarginFrontier From(SplitResult result)
    {
        Preconditions.NotNull(result);
        if (result.Plan.ExpectedMargin is null)
        {
            throw new ArgumentException("result has no expected margins: the scenario states no \"margins\" section, so there is no frontier of margin against P(hit).", nameof(result));
        }

        var order = SplitMaps.Order(result.Streams);
        MarginPoint Point(SplitRow row, BilingualText? name = null)
        {
            var text = SplitMaps.Percentages(row.Split, order);
            var label = name is null ? BilingualText.Same(text) : new BilingualText($"{name.Zh} {text}", $"{name.En} {text}");
            return new MarginPoint(label, row.ProbabilityOfTarget.Value, row.ExpectedMargin!.Value);
        }

        return new MarginFrontier(
            [.. result.Grid.Select(row => Point(row))],
            [.. result.Frontier.Select(row => Point(row))],
            [Point(result.Plan, SplitMaps.Names.Plan), Point(result.Best, SplitMaps.Names.Best), Point(result.RiskBalanced.Row, SplitMaps.Names.RiskBalanced)]);
    }
}
