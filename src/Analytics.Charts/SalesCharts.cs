using Plotly.NET;

namespace Analytics.Charts;

/// <summary>
/// The chart layer: one method per chart kind, data first, named optional arguments, each
/// returning a Plotly.NET <see cref="GenericChart"/> styled in <see cref="Theme.ChartTheme"/>.
/// Charts take result records and draw them; they compute nothing beyond what drawing needs
/// (unit conversion, bar positions). Where the library has the record (plan, decomposition,
/// region matrix) the method takes it; otherwise it takes a small input record from
/// <see cref="Inputs"/> that an analysis result is adapted to. Labels follow
/// <see cref="ChartOptions.Language"/>, amounts arrive in 萬元 and are shown in
/// <see cref="ChartOptions.Unit"/>. Names from data are escaped (<see cref="Theme.PlotText"/>).
/// </summary>
public static partial class SalesCharts
{
    private static ChartOptions Resolve(ChartOptions? options) => options ?? ChartOptions.Default;

    /// <summary>A plotly.js hover template for an amount field, e.g. "%{y:,.0f} 萬元".</summary>
    private static string HoverAmount(ChartOptions o, string field) => $"%{{{field}:{o.AmountFormat}}} {o.UnitName}";

    private static Color Colour(string css) => Color.fromString(css);

    private static string Label(string dataText) => Theme.PlotText.Escape(dataText);
}
