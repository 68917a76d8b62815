using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// Splits of the target over any number of business lines as bars: one bar per split (the plan's,
    /// the best, the risk-balanced one, then the next best, top first), each line's share a segment
    /// in the line's colour, and each split's P(hit) next to its name. For two lines or more than
    /// three, where a ternary map cannot show the splits.
    /// </summary>
    /// <param name="ranking">The lines and the ranked splits (e.g. from <see cref="Adapters.SplitRankings"/>).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart SplitRanking(SplitRanking ranking, ChartOptions? options = null)
    {
        Preconditions.NotNull(ranking);
        var o = Resolve(options);
        var keys = ranking.Splits.Select(s => $"{Label(o.Text(s.Label))} · {Formats.Percent(s.ProbabilityOfHit)}").ToArray();
        var segments = ranking.Lines.Select((line, k) =>
        {
            var name = Label(o.Text(line));
            var shares = ranking.Splits.Select(s => s.Shares[k]).ToArray();
            var chart = C.Chart.Bar<double, string, string>(
                shares,
                Keys: keys,
                Name: name,
                MarkerColor: Colour(ChartTheme.PaletteColor(k)),
                MultiText: shares.Select(x => Formats.PercentUpTo(x, 1)).ToArray(),
                TextPosition: StyleParam.TextPosition.Inside,
                UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("insidetextanchor", "middle"), ("hovertemplate", $"%{{y}}<br>{name} %{{x:.1%}}<extra></extra>"));
        }).ToArray();
        return new FigureLayout(o, o.Text("最佳占比與計劃：各業務線的占比", "The best splits and the plan: each line's share"), o.Text("每條一種占比（同一組模擬年份），名稱後為其達標機率", "each bar is one split (the same simulated years), its P(hit) after its name"))
            .XAxis(o.Text("占目標的比例", "share of the target"), ".0%", ("range", new[] { 0.0, 1.0 }))
            .YAxis(null, null, ("autorange", "reversed"))
            .Set("barmode", "stack")
            .Set("legend", PlotlyProperties.Of(("orientation", "h"), ("x", 0), ("y", -0.16), ("yanchor", "top"), ("traceorder", "normal")))
            .Set("uniformtext", PlotlyProperties.Of(("minsize", 9), ("mode", "hide")))
            .Set("height", Math.Max(o.Height, 140 + (34 * ranking.Splits.Count)))
            .ApplyTo(C.Chart.Combine(segments));
    }
}
