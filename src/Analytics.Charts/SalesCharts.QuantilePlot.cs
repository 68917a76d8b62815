using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// A Q-Q plot: each observation (y) against the fitted distribution's quantile at its plotting
    /// position (x), with the diagonal y = x over the points' range. Points on the diagonal: the fit
    /// describes the data; points bending away at an end: a tail the fit gets wrong.
    /// </summary>
    /// <param name="plot">The fitted quantiles and the observations.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="title">The title (default "the data against the fitted FAMILY (Q-Q)").</param>
    public static GenericChart QuantilePlot(QuantilePlot plot, ChartOptions? options = null, BilingualText? title = null)
    {
        Preconditions.NotNull(plot);
        var o = Resolve(options);
        var family = Label(plot.Family);
        var fittedName = o.Text($"擬合的 {family} 分位數", $"fitted {family} quantile");
        var observedName = o.Text("觀測值", "observed value");
        var points = C.Chart.Point<double, double, string>(plot.Fitted.ToArray(), plot.Observed.ToArray(), Name: o.Text("資料", "Data"), MarkerColor: Colour(ChartTheme.NewCustomers), UseDefaults: false);
        PlotlyProperties.SetOnTraces(points, "hovertemplate", $"{fittedName} %{{x:,.4g}}<br>{observedName} %{{y:,.4g}}<extra></extra>");
        var low = Math.Min(plot.Fitted.Min(), plot.Observed.Min());
        var high = Math.Max(plot.Fitted.Max(), plot.Observed.Max());
        var diagonal = C.Chart.Line<double, double, string>(new[] { low, high }, new[] { low, high }, Name: o.Text("y = x：完全吻合", "y = x: a perfect fit"), LineColor: Colour(ChartTheme.Muted), LineDash: StyleParam.DrawingStyle.Dash, UseDefaults: false);
        PlotlyProperties.SetOnTraces(diagonal, "hoverinfo", "skip");
        return new FigureLayout(o, title is null ? o.Text($"資料與擬合的 {family}（Q-Q 圖）", $"The data against the fitted {family} (Q-Q)") : Label(o.Text(title)), o.Text("點落在對角線上：擬合描述了資料；兩端彎離：尾部沒擬合好", "points on the diagonal: the fit describes the data; bending away at an end: a tail it gets wrong"))
            .XAxis(fittedName, ",.4g")
            .YAxis(observedName, ",.4g")
            .ApplyTo(C.Chart.Combine([points, diagonal]));
    }
}
