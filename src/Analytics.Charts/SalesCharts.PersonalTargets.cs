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
    /// Each person's target (light bar) with the part credited as owner (dark bar over it), and
    /// the company target as a line: the gap between the sum of the bars and the line is the
    /// over-assignment the bonus plan pays on.
    /// </summary>
    /// <param name="decomposition">The plan decomposed; people in people.csv order, top first.</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart PersonalTargets(PlanDecomposition decomposition, ChartOptions? options = null)
    {
        Preconditions.NotNull(decomposition);
        var o = Resolve(options);
        var names = decomposition.People.Select(p => Label(o.IsChinese ? p.Person.NameZh : p.Person.NameEn)).ToArray();
        var total = C.Chart.Bar<double, string, string>(
            decomposition.People.Select(p => o.Amount(p.Total)).ToArray(),
            Keys: names,
            Name: o.Text("個人目標（含疊加）", "Personal target (with overlays)"),
            MarkerColor: Colour(ChartTheme.WithOpacity(ChartTheme.NewCustomers, 0.35)),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(total, "hovertemplate", $"%{{y}}: {HoverAmount(o, "x")}<extra></extra>");
        var owner = C.Chart.Bar<double, string, string>(
            decomposition.People.Select(p => o.Amount(p.OwnerTotal)).ToArray(),
            Keys: names,
            Name: o.Text("其中作為負責人", "of which as owner"),
            MarkerColor: Colour(ChartTheme.NewCustomers),
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(owner, ("hovertemplate", $"%{{y}}: {HoverAmount(o, "x")}<extra></extra>"), ("width", 0.45));

        var ratio = decomposition.OverAssignmentRatio.ToString("0.###", CultureInfo.InvariantCulture);
        return new FigureLayout(
                o,
                o.Text("個人目標", "Personal targets"),
                o.Text($"個人目標合計 {o.FormatAmount(decomposition.PersonalTotal)} = 公司目標的 {ratio} 倍", $"personal targets add up to {o.FormatAmount(decomposition.PersonalTotal)} = {ratio} x the company target"))
            .XAxis(o.UnitName, o.AmountFormat)
            .YAxis(null, null, ("autorange", "reversed"))
            .VerticalLine(o.Amount(decomposition.Root.Amount), ChartTheme.Target, o.Text($"公司目標 {o.FormatNumber(decomposition.Root.Amount)}", $"company target {o.FormatNumber(decomposition.Root.Amount)}"))
            .Set("barmode", "overlay")
            .ApplyTo(C.Chart.Combine([total, owner]));
    }
}
