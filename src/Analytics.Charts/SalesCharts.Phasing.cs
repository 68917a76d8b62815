using System.Globalization;
using Analytics.Charts.Theme;
using Analytics.Common;
using Analytics.Decomposition;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The year by quarter and month: bars are the monthly targets the decomposition phases by
    /// the plan's quarterly shares (they add up to the annual target), the line is each
    /// quarter's monthly figure as the plan states it. Where the two disagree (the seed's Q4:
    /// 600 a month stated, 28% of 5000 = 1400 a quarter phased) the line leaves the bars.
    /// </summary>
    /// <param name="decomposition">The plan decomposed; its plan supplies the stated monthly figures and shares.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart Phasing(PlanDecomposition decomposition, ChartOptions? options = null)
    {
        Preconditions.NotNull(decomposition);
        var o = Resolve(options);
        var plan = decomposition.Plan;
        var labels = Enumerable.Range(1, 12).Select(m => MonthLabel(o, m)).ToArray();

        var charts = new List<GenericChart>();
        foreach (var q in plan.Phasing)
        {
            var bars = C.Chart.Column<double, string, string>(
                decomposition.MonthsOf(q.Quarter).Select(m => o.Amount(m)).ToArray(),
                Keys: CalendarQuarters.MonthsOf(q.Quarter).Select(m => labels[m - 1]).ToArray(),
                Name: $"{q.Label} {Formats.Percent(q.Share)} = {o.FormatNumber(decomposition.Year.Quarters[q.Quarter - 1])}",
                MarkerColor: Colour(ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.45 + (0.15 * (q.Quarter - 1)))),
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(bars, ("hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{q.Label}</extra>"), ("legendgroup", "phased"));
            charts.Add(bars);
        }

        // The stated monthly figure of each quarter, repeated over its three months.
        var stated = plan.Phasing.Where(q => q.MonthlyAmount is not null)
            .SelectMany(q => CalendarQuarters.MonthsOf(q.Quarter).Select(m => (Month: labels[m - 1], Amount: q.MonthlyAmount!.Value)))
            .ToArray();
        if (stated.Length > 0)
        {
            var line = C.Chart.Line<string, double, string>(
                stated.Select(s => s.Month).ToArray(),
                stated.Select(s => o.Amount(s.Amount)).ToArray(),
                ShowMarkers: true,
                Name: o.Text("計劃書所列月度目標", "Monthly target as the plan states it"),
                LineColor: Colour(ChartTheme.Target),
                LineDash: StyleParam.DrawingStyle.Dash,
                MarkerColor: Colour(ChartTheme.Target),
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(line, ("hovertemplate", $"%{{x}}: {HoverAmount(o, "y")}<extra>{o.Text("所列", "stated")}</extra>"), ("line", PlotlyProperties.Of(("shape", "hv"), ("color", ChartTheme.Target), ("dash", "dash"), ("width", 2))));
            charts.Add(line);
        }

        var layout = new FigureLayout(
                o,
                o.Text("季度與月度目標", "Targets by quarter and month"),
                o.Text($"柱：按各季占比分攤（合計 {o.FormatAmount(decomposition.Year.Total)}）；虛線：計劃書所列月度目標", $"bars: phased by the quarterly shares (total {o.FormatAmount(decomposition.Year.Total)}); dashed line: monthly figures as stated"))
            .XAxis(null, null, ("categoryorder", "array"), ("categoryarray", labels))
            .YAxis(o.Text($"每月（{o.UnitName}）", $"per month ({o.UnitName})"), o.AmountFormat, ("rangemode", "tozero"))
            .Set("barmode", "relative");
        foreach (var q in plan.Phasing)
        {
            layout.Note(labels[CalendarQuarters.MonthsOf(q.Quarter)[1] - 1], 1.0, $"<b>{q.Label}</b> {o.FormatNumber(decomposition.Year.Quarters[q.Quarter - 1])}", ChartTheme.Muted, yref: "paper");
        }

        return layout.ApplyTo(C.Chart.Combine(charts));
    }

    /// <summary>"1月" or "Jan".</summary>
    private static string MonthLabel(ChartOptions o, int month)
        => o.IsChinese
            ? month.ToString(CultureInfo.InvariantCulture) + "月"
            : CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
}
