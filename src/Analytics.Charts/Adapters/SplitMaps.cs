using System.Globalization;
using Analytics.Analyses.Splits;
using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Planning;
using Analytics.Scenarios;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a split analysis into the ternary map's <see cref="SplitMap"/>: every split of the grid
/// with its P(hit), and markers for the plan's split, the best and the risk-balanced one. It only
/// re-shapes: the probabilities and the named splits are the analysis's own. The ternary's corners
/// are the seed's three business types, so the streams are matched to them by name (as the report
/// matches streams to the plan's lines: case, '_' and '-' ignored, e.g. newCustomers = new_customers).
/// </summary>
public static class SplitMaps
{
    /// <summary>The map of <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentException">The result's streams are not the three business types.</exception>
    public static SplitMap From(SplitResult result)
    {
        Preconditions.NotNull(result);
        var (r, n, p) = Corners(result.Streams);
        TernaryMarker Marker(BilingualText name, Split split)
        {
            var text = Percentages(split, r, n, p);
            return new TernaryMarker(new BilingualText($"{name.Zh} {text}", $"{name.En} {text}"), split[r], split[n], split[p]);
        }

        return new SplitMap(
            [.. result.Grid.Select(row => new TernaryPoint(row.Split[r], row.Split[n], row.Split[p], row.ProbabilityOfTarget.Value))],
            [
                Marker(Names.Plan, result.Plan.Split),
                Marker(Names.Best, result.Best.Split),
                Marker(Names.RiskBalanced, result.RiskBalanced.Row.Split),
            ]);
    }

    /// <summary>The indices of the repurchase, new-customer and new-product streams in <paramref name="streams"/>.</summary>
    /// <exception cref="ArgumentException">The streams are not exactly these three.</exception>
    public static (int Repurchase, int NewCustomers, int NewProduct) Corners(IReadOnlyList<string> streams)
    {
        Preconditions.NotNull(streams);
        int Find(string line)
        {
            var matches = streams.Select((s, i) => (s, i)).Where(x => ScenarioPlanMatch.Names(x.s, line)).Select(x => x.i).ToArray();
            return streams.Count == 3 && matches.Length == 1
                ? matches[0]
                : throw new ArgumentException($"streams must be the three business types ({BusinessLines.Repurchase}, {BusinessLines.NewCustomers}, {BusinessLines.NewProduct}) for the ternary map; were {string.Join(", ", streams)}.", nameof(streams));
        }

        return (Find(BusinessLines.Repurchase), Find(BusinessLines.NewCustomers), Find(BusinessLines.NewProduct));
    }

    /// <summary>A split as percentages in the ternary's order (repurchase/new customers/new product), e.g. "36/44/20" or "37.3/48.5/14.2".</summary>
    public static string Percentages(Split split, int repurchase, int newCustomers, int newProduct)
    {
        Preconditions.NotNull(split);
        return string.Join("/", new[] { repurchase, newCustomers, newProduct }.Select(i => (split[i] * 100).ToString("0.#", CultureInfo.InvariantCulture)));
    }

    /// <summary>The names of the three marked splits.</summary>
    internal static class Names
    {
        public static BilingualText Plan { get; } = new("計劃", "Plan");

        public static BilingualText Best { get; } = new("最佳", "Best");

        public static BilingualText RiskBalanced { get; } = new("風險均衡", "Risk-balanced");
    }
}
