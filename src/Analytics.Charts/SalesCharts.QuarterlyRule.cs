using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The plan's quarterly rule ("a quarter under 80% of its target"): per quarter, how often it
    /// fires (bars: against the plan's targets, and when each firing re-phases the rest of the
    /// target) and what a firing says about the year (markers: P(annual target) when it fired and
    /// when it did not).
    /// </summary>
    /// <param name="quarters">One entry per quarter, in order.</param>
    /// <param name="threshold">The completion below which the rule fires, in (0, 1] (e.g. 0.8).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart QuarterlyRule(IReadOnlyList<QuarterRule> quarters, double threshold, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(quarters);
        Preconditions.InRange(threshold, 1e-9, 1);
        var o = Resolve(options);
        string Q(int q) => "Q" + q.ToString(System.Globalization.CultureInfo.InvariantCulture);
        GenericChart Bars(IEnumerable<(int Quarter, double Value)> values, string name, string colour)
        {
            var v = values.ToArray();
            var chart = C.Chart.Column<double, string, string>(
                v.Select(x => x.Value).ToArray(),
                Keys: v.Select(x => Q(x.Quarter)).ToArray(),
                Name: name,
                MarkerColor: Colour(colour),
                MultiText: v.Select(x => Formats.Percent(x.Value)).ToArray(),
                TextPosition: StyleParam.TextPosition.Outside,
                UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("cliponaxis", false), ("hovertemplate", $"%{{x}}: %{{y:.1%}}<extra>{name}</extra>"));
        }

        GenericChart Dots(IEnumerable<(int Quarter, double Value)> values, string name, string colour, string symbol)
        {
            var v = values.ToArray();
            var chart = C.Chart.Point<string, double, string>(v.Select(x => Q(x.Quarter)).ToArray(), v.Select(x => x.Value).ToArray(), Name: name, UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("marker", PlotlyProperties.Of(("size", 13), ("symbol", symbol), ("color", colour), ("line", PlotlyProperties.Of(("color", ChartTheme.Ink), ("width", 1))))), ("hovertemplate", $"%{{x}}: %{{y:.1%}}<extra>{name}</extra>"));
        }

        var pct = Formats.Percent(threshold);
        var charts = new List<GenericChart>
        {
            Bars(quarters.Select(q => (q.Quarter, q.Firing)), o.Text($"觸發的機率（單季低於目標的 {pct}）", $"P(fires): quarter under {pct} of its target"), ChartTheme.Decrease),
        };
        if (quarters.Any(q => q.FiringWithReplan is not null))
        {
            charts.Add(Bars(quarters.Where(q => q.FiringWithReplan is not null).Select(q => (q.Quarter, q.FiringWithReplan!.Value)), o.Text("觸發的機率（每次觸發後重新分配餘下目標）", "P(fires) when each firing re-phases the rest"), ChartTheme.Tint(ChartTheme.Decrease, 0.45)));
        }

        charts.Add(Dots(quarters.Where(q => q.HitGivenFired is not null).Select(q => (q.Quarter, q.HitGivenFired!.Value)), o.Text("該季觸發時全年達標的機率", "P(year hit | fired this quarter)"), ChartTheme.Target, "x"));
        charts.Add(Dots(quarters.Where(q => q.HitGivenNotFired is not null).Select(q => (q.Quarter, q.HitGivenNotFired!.Value)), o.Text("該季未觸發時全年達標的機率", "P(year hit | not fired)"), ChartTheme.Repurchase, "circle"));
        return new FigureLayout(o, o.Text("季度規則：多常觸發，觸發說明了什麼", "The quarterly rule: how often it fires and what a firing says"), o.Text($"柱：單季銷售低於該季目標 {pct} 的機率；點：全年達標的條件機率", $"bars: chance a quarter falls under {pct} of its target; markers: chance of the year's target given the quarter"))
            .XAxis(null, null, ("categoryorder", "array"), ("categoryarray", quarters.Select(q => Q(q.Quarter)).ToArray()))
            .YAxis(o.Text("機率", "probability"), ".0%", ("range", new[] { 0.0, 1.05 }))
            .Set("barmode", "group")
            .ApplyTo(C.Chart.Combine(charts));
    }
}
