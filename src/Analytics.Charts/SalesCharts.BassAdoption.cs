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
    /// An adoption curve (the new product's Bass diffusion): new adopters per period as bars
    /// (left axis) and the cumulative count as a line (right axis), with the market potential
    /// as a dashed line when given.
    /// </summary>
    /// <param name="curve">Adopters per period and cumulative.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="title">The title (default "new-product adoption (Bass model)"; e.g. "observed adopters" for data).</param>
    public static GenericChart BassAdoption(AdoptionCurve curve, ChartOptions? options = null, BilingualText? title = null)
    {
        Preconditions.NotNull(curve);
        var o = Resolve(options);
        var period = curve.Period switch
        {
            AdoptionPeriod.Quarter => o.Text("季度", "quarter"),
            AdoptionPeriod.Year => o.Text("年", "year"),
            _ => o.Text("月", "month"),
        };
        var customers = o.Text("客戶", "customers");
        var bars = C.Chart.Column<double, int, string>(
            curve.Adopters.ToArray(),
            Keys: curve.Periods.ToArray(),
            Name: o.Text($"每{period}新採用者", $"New adopters per {period}"),
            MarkerColor: Colour(ChartTheme.NewProduct),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(bars, "hovertemplate", $"{period} %{{x}}: %{{y:,.1f}} {customers}<extra></extra>");
        var cumulative = C.Chart.Line<int, double, string>(
            curve.Periods.ToArray(),
            curve.Cumulative.ToArray(),
            ShowMarkers: true,
            Name: o.Text("累計採用者", "Cumulative adopters"),
            LineColor: Colour(ChartTheme.Total),
            MarkerColor: Colour(ChartTheme.Total),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(cumulative, ("yaxis", "y2"), ("hovertemplate", $"{period} %{{x}}: %{{y:,.1f}} {customers}<extra></extra>"));

        var layout = new FigureLayout(o, title is null ? o.Text("新產品採用曲線（Bass 模型）", "New-product adoption (Bass model)") : Label(o.Text(title)))
            .XAxis(o.Text($"第幾{period}", period), null, ("dtick", 1))
            .YAxis(o.Text($"新採用者（{customers}）", $"new adopters ({customers})"), ",.1f", ("rangemode", "tozero"))
            .Y2Axis(o.Text($"累計（{customers}）", $"cumulative ({customers})"), ",.0f", ("rangemode", "tozero"));
        if (curve.MarketPotential is { } m)
        {
            var potential = m.ToString("0.#", CultureInfo.InvariantCulture);
            layout.HorizontalLine(m, ChartTheme.Muted, o.Text($"市場潛量 m = {potential}", $"market potential m = {potential}"), "y2");
        }

        return layout.ApplyTo(C.Chart.Combine([bars, cumulative]));
    }
}
