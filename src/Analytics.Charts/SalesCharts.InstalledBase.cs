using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The installed base by equipment age (bars, left axis) with the probability that a unit of
    /// that age is replaced this year (line, right axis): where the two are high together, the
    /// renewals are.
    /// </summary>
    /// <param name="ages">One bar per age, ascending.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart InstalledBase(IReadOnlyList<AgeBar> ages, ChartOptions? options = null)
    {
        Preconditions.NotEmpty(ages);
        var o = Resolve(options);
        var units = C.Chart.Column<double, int, string>(
            ages.Select(a => a.Units).ToArray(),
            Keys: ages.Select(a => a.Age).ToArray(),
            Name: o.Text("在用設備", "Installed units"),
            MarkerColor: Colour(ChartTheme.Repurchase),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(units, "hovertemplate", o.Text("%{x} 年：%{y:,.0f}", "age %{x}: %{y:,.0f}") + "<extra></extra>");
        var hazard = C.Chart.Line<int, double, string>(
            ages.Select(a => a.Age).ToArray(),
            ages.Select(a => a.ReplacementProbability).ToArray(),
            ShowMarkers: true,
            Name: o.Text("今年更換機率", "Replacement probability this year"),
            LineColor: Colour(ChartTheme.NewProduct),
            MarkerColor: Colour(ChartTheme.NewProduct),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(hazard, ("yaxis", "y2"), ("hovertemplate", o.Text("%{x} 年：%{y:.1%}", "age %{x}: %{y:.1%}") + "<extra></extra>"));

        return new FigureLayout(o, o.Text("在用設備的機齡與更換機率", "Installed base by age and replacement probability"))
            .XAxis(o.Text("設備機齡（年）", "equipment age (years)"), null, ("dtick", 1))
            .YAxis(o.Text("在用設備數", "installed units"), ",.0f", ("rangemode", "tozero"))
            .Y2Axis(o.Text("今年更換機率", "replacement probability"), ".0%", ("range", new[] { 0.0, 1.05 }))
            .ApplyTo(C.Chart.Combine([units, hazard]));
    }
}
