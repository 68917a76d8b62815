using System.Globalization;
using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>The most panels in a row of <see cref="ShareProfiles"/>.</summary>
    private const int ProfileColumns = 4;

    /// <summary>
    /// Small multiples of P(hit) against each line's share: one panel per line, the best P(hit) a split
    /// with that share of the line reaches, and the plan's share as a dashed line. Panels share the
    /// P(hit) axis (0-100%), four to a row, so a reader sees at once which line's share the year's
    /// chance turns on.
    /// </summary>
    /// <param name="panels">One per line, at least one (e.g. from <see cref="Adapters.ProfilePanels"/>).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart ShareProfiles(IReadOnlyList<ProfilePanel> panels, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(panels);
        var o = Resolve(options);
        var columns = Math.Min(ProfileColumns, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var pHit = o.Text("達標機率", "P(hit)");
        var layout = new FigureLayout(o, o.Text("各業務線占比與達標機率", "P(hit) against each line's share"), o.Text("每格一條業務線：該線占比固定時，其餘占比最佳的達標機率；虛線為計劃的占比", "one panel per line: the best P(hit) with the line's share fixed and the others chosen; dashed: the plan's share"));
        var traces = new List<GenericChart>();
        const double gapX = 0.05, gapY = 0.16;
        for (var k = 0; k < panels.Count; k++)
        {
            var p = panels[k];
            var (column, row) = (k % columns, k / columns);
            var suffix = k == 0 ? string.Empty : (k + 1).ToString(CultureInfo.InvariantCulture);
            var (x0, x1) = (((double)column / columns) + (column == 0 ? 0 : gapX / 2), ((double)(column + 1) / columns) - (column == columns - 1 ? 0 : gapX / 2));
            // Each row leaves room above it for its panels' titles and below it for the share axis.
            var (y1, y0) = (1 - ((double)row / rows) - (0.07 / rows), 1 - ((double)(row + 1) / rows) + (gapY / rows));
            var name = Label(o.Text(p.Line));
            var trace = C.Chart.Line<double, double, string>(p.Shares.ToArray(), p.BestProbability.ToArray(), ShowMarkers: true, Name: name, LineColor: Colour(ChartTheme.PaletteColor(k)), MarkerColor: Colour(ChartTheme.PaletteColor(k)), UseDefaults: false);
            traces.Add(PlotlyProperties.SetOnTraces(trace, ("xaxis", "x" + suffix), ("yaxis", "y" + suffix), ("showlegend", false), ("hovertemplate", $"{name} %{{x:.0%}}<br>{pHit} %{{y:.1%}}<extra></extra>")));
            layout.NamedAxis("xaxis" + suffix, null, ".0%", ("domain", new[] { x0, x1 }), ("anchor", "y" + suffix), ("range", new[] { -0.02, 1.02 }))
                .NamedAxis("yaxis" + suffix, column == 0 ? pHit : null, ".0%", ("domain", new[] { y0, y1 }), ("anchor", "x" + suffix), ("range", new[] { 0.0, 1.0 }))
                .Shape(("type", "line"), ("xref", "x" + suffix), ("yref", $"y{suffix} domain"), ("x0", p.PlanShare), ("x1", p.PlanShare), ("y0", 0), ("y1", 1), ("line", PlotlyProperties.Of(("color", ChartTheme.Target), ("width", 1.5), ("dash", "dash"))))
                .Annotation(("text", o.Text($"{name}（計劃 {Formats.PercentUpTo(p.PlanShare, 1)}）", $"{name} (plan {Formats.PercentUpTo(p.PlanShare, 1)})")), ("xref", $"x{suffix} domain"), ("yref", $"y{suffix} domain"), ("x", 0), ("y", 1), ("xanchor", "left"), ("yanchor", "bottom"), ("showarrow", false), ("font", PlotlyProperties.Of(("size", 12), ("color", ChartTheme.Ink))));
        }

        return layout
            .Set("showlegend", false)
            .Set("height", 140 + (300 * rows))
            .ApplyTo(C.Chart.Combine(traces));
    }
}
