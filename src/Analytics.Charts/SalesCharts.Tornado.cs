using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// A tornado: for each input, the result with the input at its low and at its high end,
    /// drawn as bars from the base result. Bars are drawn top to bottom in the order given (the
    /// sensitivity analysis sorts them by swing; the chart does not re-rank).
    /// </summary>
    /// <param name="sensitivity">The bars, the base and the metric (e.g. from <see cref="Adapters.TornadoBars"/>).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart Tornado(Sensitivity sensitivity, ChartOptions? options = null)
        => Tornado(Preconditions.NotNull(sensitivity).Bars, sensitivity.Baseline, sensitivity.Metric, options);

    /// <summary>
    /// A tornado: for each input, the result with the input at its low and at its high end,
    /// drawn as bars from the base result. Bars are drawn top to bottom in the order given (the
    /// sensitivity analysis sorts them by swing; the chart does not re-rank).
    /// </summary>
    /// <param name="bars">One per input, widest swing first.</param>
    /// <param name="baseline">The result with every input at base (same unit as the bars).</param>
    /// <param name="metric">Whether results are P(hit) (default) or amounts in 萬元.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart Tornado(IReadOnlyList<TornadoBar> bars, double baseline, TornadoMetric metric = TornadoMetric.ProbabilityOfHit, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(bars);
        Preconditions.Finite(baseline);
        var o = Resolve(options);
        double Show(double v) => metric == TornadoMetric.Amount ? o.Amount(v) : v;
        string Format(double v) => metric == TornadoMetric.Amount ? o.FormatNumber(v) : Formats.Percent(v);
        var labels = bars.Select(b => Label(o.Text(b.Input)) + (b.Range is null ? string.Empty : $" <span style=\"color:{ChartTheme.Muted}\">({Label(o.Text(b.Range))})</span>")).ToArray();
        var baseShown = Show(baseline);

        GenericChart Side(Func<TornadoBar, double> end, string name, string colour)
        {
            var chart = C.Chart.Bar<double, string, string>(
                bars.Select(b => Show(end(b)) - baseShown).ToArray(),
                Keys: labels,
                Name: name,
                MarkerColor: Colour(colour),
                MultiText: bars.Select(b => Format(end(b))).ToArray(),
                // Inside a bar long enough to hold it, else outside: a long bar's outside label would
                // run into the input names left of the axis.
                TextPosition: StyleParam.TextPosition.Auto,
                Base: baseShown,
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(chart, ("cliponaxis", false), ("customdata", bars.Select(b => Format(end(b))).ToArray()), ("hovertemplate", "%{y}: %{customdata}<extra>" + name + "</extra>"));
            return chart;
        }

        var low = Side(b => b.Low, o.Text("輸入取低值", "Input at its low end"), ChartTheme.Decrease);
        var high = Side(b => b.High, o.Text("輸入取高值", "Input at its high end"), ChartTheme.Repurchase);
        var resultName = metric == TornadoMetric.Amount ? o.Text($"結果（{o.UnitName}）", $"result ({o.UnitName})") : o.Text("達標機率", "probability of hitting the target");
        return new FigureLayout(o, o.Text("敏感度（龍捲風圖）", "Sensitivity (tornado)"), o.Text($"基準 {Format(baseline)}；每次只改變一個輸入", $"base {Format(baseline)}; one input changed at a time"))
            .XAxis(resultName, metric == TornadoMetric.Amount ? o.AmountFormat : ".0%")
            .YAxis(null, null, ("autorange", "reversed"))
            .VerticalLine(baseShown, ChartTheme.Ink, null, "solid")
            .Set("barmode", "overlay")
            .ApplyTo(C.Chart.Combine([low, high]));
    }
}
