using System.Globalization;
using Analytics.Analyses.Splits;
using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Planning;
using Analytics.Scenarios;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a split analysis of three streams into the ternary map's <see cref="SplitMap"/>: every
/// split of the grid with its P(hit), and markers for the plan's split, the best and the
/// risk-balanced one. It only re-shapes: the probabilities and the named splits are the analysis's
/// own. When the streams are the seed's three business types they take the ternary's corners by
/// name (as the report matches streams to the plan's lines: case, '_' and '-' ignored, e.g.
/// newCustomers = new_customers: repurchase, new customers, new product); any other three streams
/// take the corners in their own order (<see cref="Order"/>), named by the caller.
/// </summary>
public static class SplitMaps
{
    /// <summary>The map of <paramref name="result"/>.</summary>
    /// <param name="result">A split analysis of three streams.</param>
    /// <param name="names">Each stream's name on the page, for the corners' titles; null keeps the seed's three business types' names (right for those streams).</param>
    /// <exception cref="ArgumentException">The result does not have three streams (a ternary map has three corners).</exception>
    public static SplitMap From(SplitResult result, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotNull(result);
        if (result.Streams.Count != 3)
        {
            throw new ArgumentException($"a ternary map has three corners; the split analysis has {result.Streams.Count} streams ({string.Join(", ", result.Streams)}).", nameof(result));
        }

        var order = Order(result.Streams);
        var (r, n, p) = (order[0], order[1], order[2]);
        TernaryMarker Marker(BilingualText name, Split split)
        {
            var text = Percentages(split, order);
            return new TernaryMarker(new BilingualText($"{name.Zh} {text}", $"{name.En} {text}"), split[r], split[n], split[p]);
        }

        return new SplitMap(
            [.. result.Grid.Select(row => new TernaryPoint(row.Split[r], row.Split[n], row.Split[p], row.ProbabilityOfTarget.Value))],
            [
                Marker(Names.Plan, result.Plan.Split),
                Marker(Names.Best, result.Best.Split),
                Marker(Names.RiskBalanced, result.RiskBalanced.Row.Split),
            ])
        {
            Axes = names is null ? null : [.. order.Select(i => names(result.Streams[i]))],
        };
    }

    /// <summary>
    /// The order in which a split's shares are shown (the indices of <paramref name="streams"/>): the
    /// ternary's repurchase/new customers/new product when the streams are the seed's three business types
    /// (<see cref="Corners"/>), else the streams' own order.
    /// </summary>
    public static IReadOnlyList<int> Order(IReadOnlyList<string> streams)
    {
        Preconditions.NotNull(streams);
        if (IsBusinessTypes(streams))
        {
            var (r, n, p) = Corners(streams);
            return [r, n, p];
        }

        return [.. Enumerable.Range(0, streams.Count)];
    }

    /// <summary>Whether <paramref name="streams"/> are the seed's three business types, in any order and spelling.</summary>
    public static bool IsBusinessTypes(IReadOnlyList<string> streams)
        => Preconditions.NotNull(streams).Count == 3
            && new[] { BusinessLines.Repurchase, BusinessLines.NewCustomers, BusinessLines.NewProduct }.All(line => streams.Count(s => ScenarioPlanMatch.Names(s, line)) == 1);

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
        => Percentages(split, [repurchase, newCustomers, newProduct]);

    /// <summary>A split as percentages in <paramref name="order"/> (e.g. <see cref="Order"/>), one decimal at most: "30/25/25/20".</summary>
    public static string Percentages(Split split, IReadOnlyList<int> order)
    {
        Preconditions.NotNull(split);
        return string.Join("/", Preconditions.NotNull(order).Select(i => (split[i] * 100).ToString("0.#", CultureInfo.InvariantCulture)));
    }

    /// <summary>The names of the three marked splits.</summary>
    internal static class Names
    {
        public static BilingualText Plan { get; } = new("計劃", "Plan");

        public static BilingualText Best { get; } = new("最佳", "Best");

        public static BilingualText RiskBalanced { get; } = new("風險均衡", "Risk-balanced");
    }
}
