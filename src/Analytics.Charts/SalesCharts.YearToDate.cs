using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// What the year so far says about the year: P(annual target) against year-to-date completion
    /// (revenue so far over the plan's target so far), one line per quarter end, with the rule's
    /// threshold as a vertical line and the unconditional P(hit) as a horizontal one.
    /// </summary>
    /// <param name="curves">One curve per quarter end (e.g. after Q1, Q2, Q3).</param>
    /// <param name="threshold">The rule's threshold (e.g. 0.8), or null for none.</param>
    /// <param name="probabilityOfHit">P(annual target) before the year starts, or null.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart YearToDate(IReadOnlyList<CompletionCurve> curves, double? threshold = null, double? probabilityOfHit = null, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(curves);
        var o = Resolve(options);
        var charts = curves.Select((c, i) =>
        {
            var name = Label(o.Text(c.Name));
            var line = C.Chart.Line<double, double, string>(c.Completion.ToArray(), c.Probability.ToArray(), ShowMarkers: true, Name: name, LineColor: Colour(ChartTheme.PaletteColor(i)), MarkerColor: Colour(ChartTheme.PaletteColor(i)), UseDefaults: false);
            return PlotlyProperties.SetOnTraces(line, "hovertemplate", o.Text("完成率 %{x:.0%}：全年達標 %{y:.1%}", "completion %{x:.0%}: year hit %{y:.1%}") + $"<extra>{name}</extra>");
        }).ToList();
        var layout = new FigureLayout(o, o.Text("年初至今完成率與全年達標機率", "P(annual target) by year-to-date completion"), o.Text("完成率 = 年初至今銷售 ÷ 年初至今目標", "completion = revenue so far ÷ the plan's target so far"))
            .XAxis(o.Text("年初至今完成率", "year-to-date completion"), ".0%")
            .YAxis(o.Text("全年達標的機率", "probability of the annual target"), ".0%", ("range", new[] { 0.0, 1.02 }));
        if (threshold is { } t)
        {
            layout.VerticalLine(Preconditions.InRange(t, 0, 10, nameof(threshold)), ChartTheme.Decrease, o.Text($"規則門檻 {Formats.Percent(t)}", $"rule threshold {Formats.Percent(t)}"));
        }

        if (probabilityOfHit is { } p)
        {
            layout.HorizontalLine(Preconditions.Probability(p, nameof(probabilityOfHit)), ChartTheme.Muted, o.Text($"年初的達標機率 {Formats.Percent(p)}", $"P(hit) at the start {Formats.Percent(p)}"));
        }

        return layout.ApplyTo(C.Chart.Combine(charts));
    }
}
