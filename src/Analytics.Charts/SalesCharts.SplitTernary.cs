using Analytics.Charts.Inputs;
using Analytics.Charts.Theme;
using Analytics.Common;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts;

public static partial class SalesCharts
{
    /// <summary>
    /// The split-ratio map: each evaluated split of the target over repurchase, new customers and
    /// the new product, placed in a triangle and coloured by its P(hit); named splits (the
    /// seed's 36/44/20, the best, the risk-balanced one) are drawn on top with their labels.
    /// </summary>
    /// <param name="map">The splits and the named ones (e.g. from <see cref="Adapters.SplitMaps"/>).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    public static GenericChart SplitTernary(SplitMap map, ChartOptions? options = null)
        => SplitTernary(Preconditions.NotNull(map).Points, map.Markers, options, map.Axes);

    /// <summary>
    /// The split-ratio map: each evaluated split of the target over repurchase, new customers and
    /// the new product, placed in a triangle and coloured by its P(hit); named splits (the
    /// seed's 36/44/20, the best, the risk-balanced one) are drawn on top with their labels.
    /// </summary>
    /// <param name="points">Evaluated splits with their P(hit).</param>
    /// <param name="markers">Named splits to mark (may be empty).</param>
    /// <param name="options">Language, unit, height (default <see cref="ChartOptions.Default"/>).</param>
    /// <param name="axes">The three corners' names in the points' order, or null for the seed's three business types.</param>
    public static GenericChart SplitTernary(IReadOnlyList<TernaryPoint> points, IReadOnlyList<TernaryMarker>? markers = null, ChartOptions? options = null, IReadOnlyList<BilingualText>? axes = null)
    {
        Preconditions.NotEmpty(points);
        var o = Resolve(options);
        if (axes is not null && axes.Count != 3)
        {
            throw new ArgumentException($"axes must name the three corners; had {axes.Count} names.", nameof(axes));
        }

        string LineName(ChartOptions language, int index) => axes is null ? BusinessTypeName(language, index) : Label(language.Text(axes[index]));
        var pHit = o.Text("達標機率", "P(hit)");
        var grid = C.Chart.ScatterTernary<double, double, double, double, string>(
            A: points.Select(p => p.Repurchase).ToArray(),
            B: points.Select(p => p.NewCustomers).ToArray(),
            C: points.Select(p => p.NewProduct).ToArray(),
            Mode: StyleParam.Mode.Markers,
            Name: o.Text("已評估的分配", "Splits evaluated"),
            ShowLegend: false,
            UseDefaults: false);
        PlotlyProperties.SetOnTraces(grid,
            ("marker", PlotlyProperties.Of(
                ("color", points.Select(p => p.ProbabilityOfHit).ToArray()),
                ("colorscale", ChartTheme.ProbabilityScale),
                ("cmin", 0.0),
                ("cmax", 1.0),
                ("size", 9),
                ("symbol", "hexagon"),
                ("colorbar", PlotlyProperties.Of(("title", PlotlyProperties.Of(("text", pHit))), ("tickformat", ".0%"))))),
            ("hovertemplate", $"{LineName(o, 0)} %{{a:.0%}}<br>{LineName(o, 1)} %{{b:.0%}}<br>{LineName(o, 2)} %{{c:.0%}}<br>{pHit} %{{marker.color:.1%}}<extra></extra>"));
        var charts = new List<GenericChart> { grid };
        foreach (var (m, i) in (markers ?? []).Select((m, i) => (m, i)))
        {
            var marked = C.Chart.ScatterTernary<double, double, double, double, string>(
                A: new[] { m.Repurchase },
                B: new[] { m.NewCustomers },
                C: new[] { m.NewProduct },
                Mode: StyleParam.Mode.Markers_Text,
                Name: Label(o.Text(m.Label)),
                MultiText: new[] { Label(o.Text(m.Label)) },
                TextPosition: MarkerTextPosition(i),
                UseDefaults: false);
            PlotlyProperties.SetOnTraces(marked, ("cliponaxis", false), ("marker", PlotlyProperties.Of(("size", 15), ("symbol", i switch { 0 => "star", 1 => "diamond", _ => "square" }), ("color", ChartTheme.PaletteColor(3 + i)), ("line", PlotlyProperties.Of(("color", ChartTheme.Ink), ("width", 1))))));
            charts.Add(marked);
        }

        return new FigureLayout(o, o.Text("業務類型占比與達標機率", "Split over the business types and P(hit)"), o.Text("每點一種占比組合，顏色為其達標機率", "each point is one split; colour is its P(hit)"))
            .Set("ternary", PlotlyProperties.Of(
                ("sum", 1),
                ("bgcolor", "#fafbfc"),
                ("aaxis", TernaryAxis(LineName(o, 0))),
                ("baxis", TernaryAxis(LineName(o, 1))),
                ("caxis", TernaryAxis(LineName(o, 2)))))
            .ApplyTo(C.Chart.Combine(charts));
    }

    // The plan's and the risk-balanced split often lie close together: their labels go to opposite sides.
    private static StyleParam.TextPosition MarkerTextPosition(int index) => index switch
    {
        0 => StyleParam.TextPosition.TopRight,
        1 => StyleParam.TextPosition.BottomCenter,
        _ => StyleParam.TextPosition.BottomRight,
    };

    private static DynamicObj.DynamicObj TernaryAxis(string title)
        => PlotlyProperties.Of(("title", PlotlyProperties.Of(("text", title))), ("tickformat", ".0%"), ("gridcolor", ChartTheme.Grid), ("linecolor", ChartTheme.Muted));

    /// <summary>The seed's names of the three business types, in the ternary's a, b, c order.</summary>
    private static string BusinessTypeName(ChartOptions o, int index) => index switch
    {
        0 => o.Text("存量客戶復購", "Repurchase"),
        1 => o.Text("新客戶開發", "New customers"),
        _ => o.Text("新產品銷售", "New product"),
    };
}
