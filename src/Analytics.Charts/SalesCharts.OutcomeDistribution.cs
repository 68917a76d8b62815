using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The simulated distribution of the year's revenue: the histogram (share of trials, left
    /// axis), the S-curve (P(revenue &lt;= x), right axis), the target as a vertical line and the
    /// probability of reaching it, with its standard error when given.
    /// </summary>
    /// <param name="distribution">Histogram, S-curve points, target and P(hit) from the simulation.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="title">The title (default "the year's revenue"; e.g. a business line's name when the distribution is one line's).</param>
    public static GenericChart OutcomeDistribution(OutcomeDistribution distribution, ChartOptions? options = null, BilingualText? title = null)
    {
        Preconditions.NotNull(distribution);
        var o = Resolve(options);

        // Bars sit on their bins: centre and width are positions, not statistics.
        var centres = distribution.Bins.Select(b => o.Amount((b.From + b.To) / 2)).ToArray();
        var widths = distribution.Bins.Select(b => o.Amount(b.To - b.From)).ToArray();
        var histogram = C.Chart.Column<double, double, string>(
            distribution.Bins.Select(b => b.Share).ToArray(),
            Keys: centres,
            Name: o.Text("試驗占比", "Share of trials"),
            MarkerColor: Colour(ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.55)),
            MultiWidth: widths,
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(histogram, "hovertemplate", $"{HoverAmount(o, "x")}: %{{y:.1%}}<extra></extra>");
        var charts = new List<GenericChart> { histogram };

        if (distribution.Cumulative.Count > 0)
        {
            var curve = C.Chart.Line<double, double, string>(
                distribution.Cumulative.Select(p => o.Amount(p.Value)).ToArray(),
                distribution.Cumulative.Select(p => p.Probability).ToArray(),
                ShowMarkers: true,
                Name: o.Text("累計機率（S 曲線）", "Cumulative probability (S-curve)"),
                LineColor: Colour(ChartTheme.Total),
                MarkerColor: Colour(ChartTheme.Total),
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(curve, ("yaxis", "y2"), ("hovertemplate", $"P(≤ {HoverAmount(o, "x")}) = %{{y:.1%}}<extra></extra>"));
            charts.Add(curve);
        }

        var hit = Formats.Percent(distribution.ProbabilityOfHit);
        var se = distribution.StandardError is { } e ? o.Text($"（標準誤 {Formats.Points(e)} 個百分點）", $" (standard error {Formats.Points(e)} points)") : string.Empty;
        var target = o.FormatAmount(distribution.Target);
        return new FigureLayout(o, title is null ? o.Text("全年銷售額的分佈", "Distribution of the year's revenue") : Label(o.Text(title)), o.Text($"達成目標 {target} 的機率 {hit}{se}", $"probability of reaching the {target} target: {hit}{se}"))
            .XAxis(o.Text($"全年銷售額（{o.UnitName}）", $"revenue for the year ({o.UnitName})"), o.AmountFormat)
            .YAxis(o.Text("試驗占比", "share of trials"), ".0%", ("rangemode", "tozero"))
            .Y2Axis(o.Text("累計機率", "cumulative probability"), ".0%", ("range", new[] { 0.0, 1.02 }))
            .VerticalLine(o.Amount(distribution.Target), ChartTheme.Target, o.Text($"目標 {target}", $"target {target}"))
            .PaperNote(0.01, 0.98, $"<b>P({o.Text("達標", "hit")}) = {hit}</b>{se}")
            .Set("bargap", 0)
            .ApplyTo(C.Chart.Combine(charts));
    }
}
