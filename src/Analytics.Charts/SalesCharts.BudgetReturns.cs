using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The marketing budget's lines by the revenue attributed to each 萬元 they spend: a bar at the
    /// mean with a P10-P90 whisker; a line nothing can be traced to is listed with a note instead
    /// of a bar (a zero would claim it buys nothing; the scenario only cannot say). Revenue per
    /// 萬元 is a ratio, the same in every display unit.
    /// </summary>
    /// <param name="lines">The budget's lines, in the order to draw them top to bottom.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart BudgetReturns(IReadOnlyList<BudgetReturn> lines, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(lines);
        var o = Resolve(options);
        var labels = lines.Select(l => $"{Label(o.Text(l.Line))} ({o.FormatAmount(l.Amount)})").ToArray();
        var shown = lines.Select((l, i) => (Line: l, Label: labels[i])).Where(x => x.Line.IsAttributable).ToArray();
        var charts = new List<GenericChart>();
        if (shown.Length > 0)
        {
            var bars = C.Chart.Bar<double, string, string>(
                shown.Select(x => x.Line.PerUnit!.Value).ToArray(),
                Keys: shown.Select(x => x.Label).ToArray(),
                Name: o.Text("每萬元的歸因銷售額（平均；誤差線 P10–P90）", "Attributed revenue per 萬元 (mean; whisker P10-P90)"),
                MarkerColor: Colour(ChartTheme.NewCustomers),
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(
                bars,
                ("error_x", PlotlyProperties.Of(
                    ("type", "data"),
                    ("symmetric", false),
                    ("array", shown.Select(x => Math.Max(0, x.Line.PerUnitP90!.Value - x.Line.PerUnit!.Value)).ToArray()),
                    ("arrayminus", shown.Select(x => Math.Max(0, x.Line.PerUnit!.Value - x.Line.PerUnitP10!.Value)).ToArray()),
                    ("color", ChartTheme.Ink))),
                ("customdata", shown.Select(x => new[] { x.Line.PerUnitP10!.Value, x.Line.PerUnitP90!.Value }).ToArray()),
                ("hovertemplate", o.Text("%{y}：平均 %{x:.1f}，P10 %{customdata[0]:.1f}，P90 %{customdata[1]:.1f}", "%{y}: mean %{x:.1f}, P10 %{customdata[0]:.1f}, P90 %{customdata[1]:.1f}") + "<extra></extra>"));
            charts.Add(bars);
        }

        var none = lines.Select((l, i) => (Line: l, Label: labels[i])).Where(x => !x.Line.IsAttributable).ToArray();
        if (none.Length > 0)
        {
            // Placed at 0 so the category shows; the text says why there is no bar.
            var note = o.Text("無法歸因到銷售", "nothing traceable to revenue");
            var empty = C.Chart.Point<double, string, string>(none.Select(_ => 0.0).ToArray(), none.Select(x => x.Label).ToArray(), Name: note, MultiText: none.Select(_ => note).ToArray(), TextPosition: StyleParam.TextPosition.MiddleRight, UseDefaults: false);
            PlotlyProperties.SetOnTraces(empty, ("mode", "markers+text"), ("marker", PlotlyProperties.Of(("symbol", "line-ns-open"), ("size", 12), ("color", ChartTheme.Muted))), ("textfont", PlotlyProperties.Of(("color", ChartTheme.Muted))), ("hovertemplate", "%{y}: " + note + "<extra></extra>"));
            charts.Add(empty);
        }

        return new FigureLayout(o, o.Text("預算每萬元帶來的歸因銷售額", "Revenue attributed to each 萬元 of budget"), o.Text("歸因是來源，不是因果：沒有這筆錢，部分銷售也會來；各項可能重疊，不要相加", "attribution is sourcing, not causation: some of it would come anyway; lines overlap, do not add them"))
            .XAxis(o.Text("銷售額 ÷ 預算（萬元/萬元）", "revenue ÷ spend (CNY per CNY)"), ",.0f", ("rangemode", "tozero"))
            .YAxis(null, null, ("autorange", "reversed"), ("categoryorder", "array"), ("categoryarray", labels))
            .ApplyTo(C.Chart.Combine(charts));
    }
}
