using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The growth bridge as a waterfall: totals (e.g. last year's 3800 and the 5000 target) drawn
    /// from zero at the value given, steps drawn from the running level. A total is drawn at the
    /// value given, not at the sum of the steps before it, so a bridge that does not close shows.
    /// </summary>
    /// <param name="steps">The bars, left to right; at least one.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="title">A title instead of the default ("增長橋" / "Growth bridge").</param>
    public static GenericChart GrowthBridge(IReadOnlyList<BridgeBar> steps, ChartOptions? options = null, BilingualText? title = null)
    {
        Preconditions.NotEmpty(steps);
        var o = Resolve(options);
        var labels = steps.Select(s => Label(o.Text(s.Label))).ToArray();
        var values = steps.Select(s => o.Amount(s.Value)).ToArray();
        var texts = steps.Select(s => o.FormatNumber(s.Value, signed: !s.IsTotal)).ToArray();
        var measures = steps.Select(s => s.IsTotal ? StyleParam.WaterfallMeasure.Absolute : StyleParam.WaterfallMeasure.Relative).ToArray();

        var chart = C.Chart.Waterfall<string, double, string>(
            x: labels,
            y: values,
            Name: o.Text("增長橋", "Growth bridge"),
            ShowLegend: false,
            MultiText: texts,
            TextPosition: StyleParam.TextPosition.Outside,
            Measure: measures,
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(chart, "hovertemplate", $"%{{x}}<br>{HoverAmount(o, "y")}<extra></extra>");
        // Plotly.NET writes bar colours where plotly.js ignores them; set plotly.js's own attributes.
        PlotlyProperties.SetOnTraces(chart,
            ("increasing", PlotlyProperties.Of(("marker", PlotlyProperties.Of(("color", ChartTheme.Repurchase))))),
            ("decreasing", PlotlyProperties.Of(("marker", PlotlyProperties.Of(("color", ChartTheme.Decrease))))),
            ("totals", PlotlyProperties.Of(("marker", PlotlyProperties.Of(("color", ChartTheme.Total))))),
            ("cliponaxis", false));
        PlotlyProperties.SetOnTraces(chart, "connector", PlotlyProperties.Of(("line", PlotlyProperties.Of(("color", ChartTheme.Muted), ("width", 1), ("dash", "dot")))));

        return new FigureLayout(o, title is null ? o.Text("增長橋：從去年銷售到今年目標", "Growth bridge: from last year's sales to this year's target") : Label(o.Text(title)))
            .XAxis(null)
            .YAxis(o.UnitName, o.AmountFormat, ("rangemode", "tozero"))
            .ApplyTo(chart);
    }
}
