using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The year so far and what it says about the rest: the cumulative revenue booked month by month
    /// (a solid line with markers), from the last month observed the P10-P90 band and the median of
    /// cumulative revenue given it, and the plan's cumulative target (dashed). Where the booked line
    /// runs under the target the year is behind; where the band ends under the target's December, the
    /// year is unlikely to reach it.
    /// </summary>
    /// <param name="year">Booked months, the conditional band and the target path.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart YearSoFar(YearSoFar year, ChartOptions? options = null)
    {
        Preconditions.NotNull(year);
        var o = Resolve(options);
        var all = Enumerable.Range(1, CalendarMonths.Count).Select(m => MonthLabel(o, m)).ToArray();

        // The band starts at the last month observed (its booked figure), so it joins the booked line.
        var from = Math.Max(year.MonthsObserved, 1);
        var rest = all[(from - 1)..];
        GenericChart Series(IReadOnlyList<double> values, string name, string colour, double width, string? fill = null, bool legend = true)
        {
            var chart = C.Chart.Line<string, double, string>(rest, values.Skip(from - 1).Select(o.Amount).ToArray(), ShowMarkers: false, Name: name, ShowLegend: legend, LineColor: Colour(colour), LineWidth: width, UseDefaults: false);
            return PlotlyProperties.SetOnTraces(chart, ("fill", fill), ("fillcolor", fill is null ? null : ChartTheme.Band), ("hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{name}</extra>"));
        }

        var p10 = Series(year.P10, "P10", ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.4), 1, legend: false);
        var p90 = Series(year.P90, o.Text("其餘月份的 P10-P90 區間", "P10-P90 band for the rest of the year"), ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.4), 1, fill: "tonexty");
        PlotlyProperties.SetOnTraces(p90, "hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>P90</extra>");
        var p50 = Series(year.P50, o.Text("其餘月份的中位數", "Median for the rest of the year"), ChartTheme.NewCustomers, 2);

        var target = C.Chart.Line<string, double, string>(all, year.TargetPath.Select(o.Amount).ToArray(), ShowMarkers: false, Name: o.Text("計劃累計目標", "Plan's cumulative target"), LineColor: Colour(ChartTheme.Target), LineDash: StyleParam.DrawingStyle.Dash, UseDefaults: false);
        PlotlyProperties.SetOnTraces(target, "hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{o.Text("目標", "target")}</extra>");
        var booked = C.Chart.Line<string, double, string>(all[..year.MonthsObserved], year.Booked.Select(o.Amount).ToArray(), ShowMarkers: true, Name: o.Text("實際累計", "Booked so far"), LineColor: Colour(ChartTheme.Ink), MarkerColor: Colour(ChartTheme.Ink), LineWidth: 3, UseDefaults: false);
        PlotlyProperties.SetOnTraces(booked, "hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{o.Text("實際", "booked")}</extra>");

        return new FigureLayout(o, o.Text("年初至今的累計銷售與全年的其餘月份", "The year so far, booked, and the rest of the year given it"), o.Text("實線：已入帳；陰影：其餘月份的 P10-P90；虛線：計劃", "solid: booked; shaded: P10-P90 for the months to come; dashed: the plan"))
            .XAxis(null, null, ("categoryorder", "array"), ("categoryarray", all))
            .YAxis(o.Text($"累計（{o.UnitName}）", $"cumulative ({o.UnitName})"), o.AmountFormat, ("rangemode", "tozero"))
            .ApplyTo(C.Chart.Combine([p10, p90, p50, target, booked]));
    }
}
