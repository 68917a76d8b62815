using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// A fan chart of cumulative revenue by month: the P10-P90 band, the median, and the
    /// cumulative target path. Where the target path runs above the median, the plan is behind
    /// in more than half of the simulated years.
    /// </summary>
    /// <param name="band">Percentiles of cumulative revenue and the cumulative target, by month.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart FanChart(FanBand band, ChartOptions? options = null)
    {
        Preconditions.NotNull(band);
        var o = Resolve(options);
        var months = band.Months.Select(m => MonthLabel(o, m)).ToArray();
        GenericChart Series(IReadOnlyList<double> values, string name, string colour, double width, string? fill = null, bool legend = true)
        {
            var chart = C.Chart.Line<string, double, string>(months, values.Select(o.Amount).ToArray(), ShowMarkers: false, Name: name, ShowLegend: legend, LineColor: Colour(colour), LineWidth: width, UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("fill", fill), ("fillcolor", fill is null ? null : ChartTheme.Band), ("hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{name}</extra>"));
        }

        // The band is the area between the P10 line and the P90 line drawn after it ("tonexty").
        var p10 = Series(band.P10, "P10", ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.4), 1, legend: false);
        var p90 = Series(band.P90, o.Text("P10-P90 區間", "P10-P90 band"), ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.4), 1, fill: "tonexty");
        PlotlyProperties.SetOnTraces(p90, "hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>P90</extra>");
        var p50 = Series(band.P50, o.Text("中位數 P50", "Median (P50)"), ChartTheme.NewCustomers, 3);

        var target = C.Chart.Line<string, double, string>(
            months,
            band.TargetPath.Select(o.Amount).ToArray(),
            ShowMarkers: false,
            Name: o.Text("累計目標", "Cumulative target"),
            LineColor: Colour(ChartTheme.Target),
            LineDash: StyleParam.DrawingStyle.Dash,
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(target, "hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{o.Text("目標", "target")}</extra>");

        return new FigureLayout(o, o.Text("累計銷售額：P10-P90 區間、中位數與目標路徑", "Cumulative revenue: P10-P90 band, median and target path"))
            .XAxis(null, null, ("categoryorder", "array"), ("categoryarray", months))
            .YAxis(o.Text($"累計（{o.UnitName}）", $"cumulative ({o.UnitName})"), o.AmountFormat, ("rangemode", "tozero"))
            .ApplyTo(C.Chart.Combine([p10, p90, p50, target]));
    }
}
