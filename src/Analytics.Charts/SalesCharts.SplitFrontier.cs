using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// Safety against profit: every split as a point at its P(hit) (x) and expected gross margin
    /// (y), the frontier (no other split is better on both) as a line, and the named splits
    /// labelled. A split below and left of the line gives away both.
    /// </summary>
    /// <param name="frontier">The splits, the frontier and the named splits.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart SplitFrontier(MarginFrontier frontier, ChartOptions? options = null)
    {
        Preconditions.NotNull(frontier);
        var o = Resolve(options);
        var pHit = o.Text("達標機率", "P(hit)");
        var marginName = o.Text("預期毛利", "expected gross margin");
        var hover = $"%{{customdata}}<br>{pHit} %{{x:.1%}}<br>{marginName} {HoverAmount(o, "y")}<extra></extra>";
        GenericChart Points(IReadOnlyList<MarginPoint> points, string name, bool line)
        {
            var x = points.Select(p => p.ProbabilityOfHit).ToArray();
            var y = points.Select(p => o.Amount(p.ExpectedMargin)).ToArray();
            var chart = line
                ? C.Chart.Line<double, double, string>(x, y, ShowMarkers: true, Name: name, LineColor: Colour(ChartTheme.NewProduct), MarkerColor: Colour(ChartTheme.NewProduct), UseDefaults: false)
                : C.Chart.Point<double, double, string>(x, y, Name: name, MarkerColor: Colour(ChartTheme.WithOpacity(ChartTheme.Muted, 0.45)), UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("customdata", points.Select(p => Label(o.Text(p.Label))).ToArray()), ("hovertemplate", hover));
        }

        var charts = new List<GenericChart> { Points(frontier.Splits, o.Text("每一種占比", "Every split"), false) };
        if (frontier.Frontier.Count > 0)
        {
            charts.Add(Points(frontier.Frontier, o.Text("前沿：沒有別的占比在兩方面都更好", "Frontier: no split is better on both"), true));
        }

        foreach (var (m, i) in frontier.Markers.Select((m, i) => (m, i)))
        {
            var label = Label(o.Text(m.Label));
            var marked = C.Chart.Point<double, double, string>(
                new[] { m.ProbabilityOfHit },
                new[] { o.Amount(m.ExpectedMargin) },
                Name: label,
                MultiText: new[] { label },
                TextPosition: i switch { 0 => StyleParam.TextPosition.TopLeft, 1 => StyleParam.TextPosition.BottomCenter, _ => StyleParam.TextPosition.BottomLeft },
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(
                marked,
                ("mode", "markers+text"),
                ("marker", PlotlyProperties.Of(("size", 14), ("symbol", i switch { 0 => "star", 1 => "diamond", _ => "square" }), ("color", ChartTheme.PaletteColor(3 + i)), ("line", PlotlyProperties.Of(("color", ChartTheme.Ink), ("width", 1))))),
                ("customdata", new[] { label }),
                ("hovertemplate", hover));
            charts.Add(marked);
        }

        return new FigureLayout(o, o.Text("預期毛利與達標機率", "Expected gross margin against P(hit)"), o.Text("每點一種占比（同一組模擬年份）；線上的占比不會同時輸給另一種", "each point is one split (the same simulated years); a split on the line is not beaten on both by another"))
            .XAxis(pHit, ".0%")
            .YAxis(o.Text($"預期毛利（{o.UnitName}）", $"expected gross margin ({o.UnitName})"), o.AmountFormat)
            .ApplyTo(C.Chart.Combine(charts));
    }
}
