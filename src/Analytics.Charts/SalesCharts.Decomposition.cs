using Analytics.Charts.Theme;
using Analytics.Common;
using Analytics.Decomposition;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The decomposed target as a treemap or sunburst: company, business type, industry, region,
    /// each sector sized by its allocated amount. Sectors take their business type's colour.
    /// </summary>
    /// <remarks>
    /// When the children of every node add up to at most their parent, sectors are sized by their
    /// amounts (plotly's branchvalues "total"). When some node's children add up to more (a plan the
    /// audit's children-sum rule faults), "total" would draw nothing at all, so the chart switches to
    /// branchvalues "remainder": each node's own value is what it holds beyond its children (0 where
    /// they exceed it), so every sector is drawn and such a parent is as large as its children; the
    /// labels and hover still give each target's allocated amount, and the subtitle names the
    /// parents whose children exceed them.
    /// </remarks>
    /// <param name="decomposition">The plan decomposed (<see cref="PlanDecomposer.Decompose"/>).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="style">Treemap (default) or sunburst.</param>
    public static GenericChart Decomposition(PlanDecomposition decomposition, ChartOptions? options = null, HierarchyStyle style = HierarchyStyle.Treemap)
    {
        Preconditions.NotNull(decomposition);
        var o = Resolve(options);
        var ids = new List<string>();
        var labels = new List<string>();
        var parents = new List<string>();
        var values = new List<double>();
        var colors = new List<string>();
        ids.Add(decomposition.Root.Node.Id);
        labels.Add(Label(o.IsChinese ? decomposition.Root.Node.NameZh : decomposition.Root.Node.NameEn));
        parents.Add(string.Empty);
        values.Add(o.Amount(decomposition.Root.Amount));
        colors.Add("#f4f6f8");
        var lineIndex = 0;
        foreach (var line in decomposition.Root.Children)
        {
            var colour = ChartTheme.ColorOfLine(line.Node.Id) ?? ChartTheme.PaletteColor(3 + lineIndex);
            lineIndex++;
            foreach (var t in line.Descendants())
            {
                ids.Add(t.Node.Id);
                labels.Add(Label(o.IsChinese ? t.Node.NameZh : t.Node.NameEn));
                parents.Add(t.Node.ParentId!);
                values.Add(o.Amount(t.Amount));

                // Deeper levels are lighter shades of the business type's colour.
                var depth = (int)t.Node.Level - (int)line.Node.Level;
                colors.Add(ChartTheme.Tint(colour, depth switch { 0 => 0.0, 1 => 0.3, _ => 0.55 }));
            }
        }

        // Parents whose children add up to more than they do: "total" semantics would leave the whole chart blank.
        var over = decomposition.Root.Descendants().Where(t => !t.IsLeaf && t.Children.Sum(c => c.Amount) > t.Amount).ToArray();
        var remainder = over.Length > 0;
        var shown = remainder
            ? [.. decomposition.Root.Descendants().Select(t => o.Amount(t.IsLeaf ? t.Amount : Math.Max(0, t.Amount - t.Children.Sum(c => c.Amount))))]
            : values;
        var branches = remainder ? StyleParam.BranchValues.Remainder : StyleParam.BranchValues.Total;
        var name = o.Text("目標分解", "Target decomposition");
        var chart = style == HierarchyStyle.Sunburst
            ? C.Chart.Sunburst<string, string, double, string, string>(labels, parents, Values: shown, Ids: ids, Name: name, BranchValues: branches, UseDefaults: false)
            : C.Chart.Treemap<string, string, double, string, string>(labels, parents, Values: shown, Ids: ids, Name: name, BranchValues: branches, UseDefaults: false);
        // Under "remainder" a node's value is only its own part: the labels show each target's amount from customdata.
        var amount = remainder ? "customdata" : "value";
        PlotlyProperties.SetOnTraces(chart,
            ("marker", PlotlyProperties.Of(("colors", colors.ToArray()), ("line", PlotlyProperties.Of(("color", "#ffffff"), ("width", 1))))),
            ("textinfo", "label+value"),
            ("customdata", remainder ? values.ToArray() : null),
            ("texttemplate", $"%{{label}}<br>%{{{amount}:{o.AmountFormat}}}"),
            ("hovertemplate", $"%{{label}}<br>{HoverAmount(o, amount)}{(remainder ? string.Empty : $"<br>%{{percentRoot:.1%}} {o.Text("占總目標", "of the target")}")}<extra></extra>"),
            ("insidetextorientation", style == HierarchyStyle.Sunburst ? "horizontal" : null));

        var subtitle = o.Text($"業務類型 → 行業 → 區域；總目標 {o.FormatAmount(decomposition.Root.Amount)}", $"business type → industry → region; target {o.FormatAmount(decomposition.Root.Amount)}");
        if (remainder)
        {
            var names = over.Select(t => Label(o.IsChinese ? t.Node.NameZh : t.Node.NameEn) + " " + o.FormatNumber(t.Children.Sum(c => c.Amount)) + " > " + o.FormatNumber(t.Amount));
            subtitle += o.Text(
                $"<br>下級合計超過上級（{string.Join("；", names)}）：上級按下級合計畫出，見審核的 children-sum",
                $"<br>children add up to more than their parent ({string.Join("; ", names)}): the parent is drawn as large as its children; see the audit's children-sum");
        }

        return new FigureLayout(o, o.Text("目標分解", "The target decomposed"), subtitle)
            .Set("margin", PlotlyProperties.Of(("l", 10), ("r", 10), ("t", remainder ? 104 : 84), ("b", 10)))
            .ApplyTo(chart);
    }
}
