using Analytics.Charts.Theme;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The industry x region table as a heatmap: one row per business type and industry, one
    /// column per region, each cell its allocated amount (blank where there is no target).
    /// </summary>
    /// <param name="matrix">The table (<see cref="RegionMatrix.From"/>).</param>
    /// <param name="plan">The plan, for the names of regions, business types and industries.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart IndustryRegion(RegionMatrix matrix, SalesPlan plan, ChartOptions? options = null)
    {
        Preconditions.NotNull(matrix);
        Preconditions.NotNull(plan);
        var o = Resolve(options);
        var columns = matrix.Regions.Select(id => Label(id == RegionMatrix.Unassigned
            ? o.Text("（未分區）", "(no region)")
            : plan.FindRegion(id) is { } r ? (o.IsChinese ? r.NameZh : r.NameEn) : id)).ToArray();
        var rows = matrix.Rows.Select(r =>
        {
            var line = plan.Target(r.LineId);
            var industry = plan.FindIndustry(r.IndustryId);
            var lineName = o.IsChinese ? line.NameZh : line.NameEn;
            return Label(industry is null ? lineName : $"{lineName} · {(o.IsChinese ? industry.NameZh : industry.NameEn)}");
        }).ToArray();
        var z = matrix.Rows.Select(r => matrix.Regions.Select(c => r.ByRegion.TryGetValue(c, out var v) ? (double?)o.Amount(v) : null).ToArray()).ToArray();

        // Plotly.NET's heatmap takes no missing cells; the trace is built with zeros and its z
        // replaced, so a region without a target stays blank instead of reading 0.
        var chart = C.Chart.Heatmap<double, string, string, string>(
            z.Select(row => row.Select(_ => 0.0)),
            X: columns,
            Y: rows,
            Name: o.Text("行業 × 區域", "Industry x region"),
            XGap: 2,
            YGap: 2,
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(chart,
            ("z", z),
            ("colorscale", ChartTheme.AmountScale),
            ("texttemplate", $"%{{z:{o.AmountFormat}}}"),
            ("hovertemplate", $"%{{y}} / %{{x}}: {HoverAmount(o, "z")}<extra></extra>"),
            ("colorbar", PlotlyProperties.Of(("title", PlotlyProperties.Of(("text", o.UnitName))))));
        return new FigureLayout(o, o.Text("行業 × 區域目標", "Targets by industry and region"), o.Text($"合計 {o.FormatAmount(matrix.Total)}", $"total {o.FormatAmount(matrix.Total)}"))
            .YAxis(null, null, ("autorange", "reversed"))
            .XAxis(null, null, ("side", "top"))
            .ApplyTo(chart);
    }
}
