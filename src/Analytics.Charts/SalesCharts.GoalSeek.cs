using System.Globalization;
using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// A goal seek: P(hit) at points of one lever's range with 95% error bars, the required level
    /// as a horizontal line, and the lever's value today and the value that reaches the level as
    /// vertical lines (the latter with its Monte Carlo error). When the level is out of reach the
    /// curve stays on one side of the line and no value is marked.
    /// </summary>
    /// <param name="curve">The scan of the lever and the answer.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart GoalSeekCurve(LeverCurve curve, ChartOptions? options = null)
    {
        Preconditions.NotNull(curve);
        var o = Resolve(options);
        var lever = Label(o.Text(curve.Lever));
        var pHit = o.Text("達標機率", "P(hit)");
        var line = C.Chart.Line<double, double, string>(curve.Values.ToArray(), curve.Probabilities.ToArray(), ShowMarkers: true, Name: o.Text("達標機率（誤差線：95% 區間）", "P(hit) (error bars: 95% interval)"), LineColor: Colour(ChartTheme.NewCustomers), MarkerColor: Colour(ChartTheme.NewCustomers), UseDefaults: false);
        PlotlyProperties.SetOnTraces(
            line,
            // The bars are the analysis's own intervals (which may be asymmetric), not recomputed here.
            ("error_y", PlotlyProperties.Of(
                ("type", "data"),
                ("symmetric", false),
                ("array", curve.Upper95.Zip(curve.Probabilities, (u, p) => u - p).ToArray()),
                ("arrayminus", curve.Probabilities.Zip(curve.Lower95, (p, l) => p - l).ToArray()),
                ("visible", true),
                ("color", ChartTheme.NewCustomers))),
            ("hovertemplate", $"{lever} %{{x:{curve.ValueFormat}}}: {pHit} %{{y:.1%}}<extra></extra>"));
        var required = Formats.Percent(curve.Required);
        var layout = new FigureLayout(o, o.Text($"達標機率要到 {required}，這個槓桿要多少", $"What this lever would have to be for a {required} chance"), lever)
            .XAxis(lever, curve.ValueFormat)
            .YAxis(pHit, ".0%", ("range", new[] { 0.0, 1.02 }))
            .HorizontalLine(curve.Required, ChartTheme.Target, o.Text($"要求 {required}", $"required {required}"));
        if (curve.Baseline is { } b)
        {
            layout.VerticalLine(b, ChartTheme.Muted, o.Text($"現在 {Format(curve.ValueFormat, b)}", $"today {Format(curve.ValueFormat, b)}"), "dot");
        }

        if (curve.Solution is { } s)
        {
            var error = curve.SolutionError is { } e ? " ± " + Format(curve.ValueFormat, e) : string.Empty;
            layout.VerticalLine(s, ChartTheme.Target, o.Text($"需要 {Format(curve.ValueFormat, s)}{error}", $"needed {Format(curve.ValueFormat, s)}{error}"));
        }
        else
        {
            layout.PaperNote(0.01, 0.98, o.Text($"在這個範圍內達不到 {required}", $"{required} is out of reach in this range"));
        }

        return layout.ApplyTo(line);
    }

    // A lever value as its axis shows it: a percentage when the axis format is one, else four significant digits.
    private static string Format(string d3, double value)
        => d3.EndsWith('%')
            ? Formats.PercentUpTo(value)
            : value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
