using System.Globalization;
using Analytics.Analyses.Splits;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a split analysis over any number of lines into the ranking chart's <see cref="SplitRanking"/>:
/// the plan's split, the best and the risk-balanced one, then the next best splits of the grid by the
/// analysis's own order (highest P(hit), then P(all streams), then expected margin). Re-shaping only:
/// every share and probability is the analysis's. Lines are in the order of <see cref="SplitMaps.Order"/>.
/// </summary>
public static class SplitRankings
{
    /// <summary>The ranking of <paramref name="result"/>.</summary>
    /// <param name="result">A split analysis (two streams or more).</param>
    /// <param name="names">Each stream's name on the page (default: the stream's name in both languages).</param>
    /// <param name="top">How many of the grid's best splits to show, 1 or more (default 8; the best is the first of them).</param>
    public static SplitRanking From(SplitResult result, Func<string, BilingualText>? names = null, int top = 8)
    {
        Preconditions.NotNull(result);
        Preconditions.InRange(top, 1, int.MaxValue);
        var order = SplitMaps.Order(result.Streams);
        var name = names ?? BilingualText.Same;
        RankedSplit Ranked(BilingualText label, SplitRow row) => new(label, [.. order.Select(i => row.Split[i])], row.ProbabilityOfTarget.Value);
        var ranked = result.Grid
            .OrderByDescending(r => r.ProbabilityOfTarget.Value)
            .ThenByDescending(r => r.ProbabilityAllStreams.Value)
            .ThenByDescending(r => r.ExpectedMargin ?? 0)
            .Where(r => !r.Split.Equals(result.Best.Split))
            .Take(top - 1)
            .Select((r, i) => Ranked(new BilingualText($"第 {(i + 2).ToString(CultureInfo.InvariantCulture)} 名", $"No. {(i + 2).ToString(CultureInfo.InvariantCulture)}"), r));
        return new SplitRanking(
            [.. order.Select(i => name(result.Streams[i]))],
            [
                Ranked(SplitMaps.Names.Plan, result.Plan),
                Ranked(SplitMaps.Names.Best, result.Best),
                Ranked(SplitMaps.Names.RiskBalanced, result.RiskBalanced.Row),
                .. ranked,
            ]);
    }
}
