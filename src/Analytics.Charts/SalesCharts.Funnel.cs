using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The sales funnel by industry: one stage per row, its bar split by group (stacked), stages in
    /// the order they first appear; hovering shows each group's share of its own first stage.
    /// </summary>
    /// <param name="stages">Stages of every group; a group's stages in funnel order.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart Funnel(IReadOnlyList<FunnelStage> stages, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(stages);
        var o = Resolve(options);
        var order = stages.Select(s => Label(o.Text(s.Stage))).Distinct().ToArray();
        var charts = stages.GroupBy(s => s.Group).Select((g, i) =>
        {
            var chart = C.Chart.Funnel<double, string, string>(
                g.Select(s => s.Count).ToArray(),
                g.Select(s => Label(o.Text(s.Stage))).ToArray(),
                Name: Label(o.Text(g.Key)),
                MarkerColor: Colour(ChartTheme.PaletteColor(i)),
                TextInfo: StyleParam.TextInfo.Value,
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(chart, ("textinfo", "value"), ("hovertemplate", "%{y}: %{x:,.0f} (%{percentInitial:.1%})<extra>%{fullData.name}</extra>"));
            return chart;
        }).ToArray();

        return new FigureLayout(o, o.Text("各行業銷售漏斗", "Sales funnel by industry"), o.Text("數值與占首階段的比例", "count and share of the first stage"))
            .YAxis(null, null, ("categoryorder", "array"), ("categoryarray", order))
            .Set("funnelmode", "stack")
            .ApplyTo(C.Chart.Combine(charts));
    }
}
