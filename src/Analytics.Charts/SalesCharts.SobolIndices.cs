using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// Sobol indices of one output: per input, the first-order index S (its share of the output's
    /// variance on its own) and the total-order index ST (the share that would vanish if it were
    /// fixed, interactions included), each with its 95% interval, top to bottom in the order given
    /// (<see cref="Adapters.SobolBars"/> puts the largest total-order index first). A gap between ST
    /// and S is interaction.
    /// </summary>
    /// <param name="bars">One per input.</param>
    /// <param name="output">What the indices are of (default "P(hit)"), shown in the title.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart SobolIndices(IReadOnlyList<SobolBar> bars, BilingualText? output = null, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(bars);
        var o = Resolve(options);
        var labels = bars.Select(b => Label(o.Text(b.Input))).ToArray();
        GenericChart Side(Func<SobolBar, (double Value, double Lower, double Upper)> pick, string name, string colour)
        {
            var v = bars.Select(pick).ToArray();
            var chart = C.Chart.Bar<double, string, string>(v.Select(x => x.Value).ToArray(), Keys: labels, Name: name, MarkerColor: Colour(colour), UseDefaults: false);
            return PlotlyProperties.SetOnTraces(
                chart,
                ("error_x", PlotlyProperties.Of(("type", "data"), ("symmetric", false), ("array", v.Select(x => Math.Max(0, x.Upper - x.Value)).ToArray()), ("arrayminus", v.Select(x => Math.Max(0, x.Value - x.Lower)).ToArray()), ("color", ChartTheme.Ink))),
                ("hovertemplate", "%{y}: %{x:.3f}<extra>" + name + "</extra>"));
        }

        var first = Side(b => (b.FirstOrder, b.FirstLower, b.FirstUpper), o.Text("一階 S（單獨的貢獻）", "First order S (alone)"), ChartTheme.NewCustomers);
        var total = Side(b => (b.TotalOrder, b.TotalLower, b.TotalUpper), o.Text("總效應 ST（含交互作用）", "Total order ST (with interactions)"), ChartTheme.NewProduct);
        var what = output is null ? o.Text("達標", "P(hit)") : Label(o.Text(output));
        return new FigureLayout(o, o.Text($"Sobol 指數：{what}的變異來自哪裡", $"Sobol indices: where the variance of {what} comes from"), o.Text("誤差線：自助法 95% 區間", "error bars: bootstrap 95% intervals"))
            .XAxis(o.Text("變異的占比", "share of variance"), ".2f", ("rangemode", "tozero"))
            .YAxis(null, null, ("autorange", "reversed"))
            .Set("barmode", "group")
            .ApplyTo(C.Chart.Combine([first, total]));
    }
}
