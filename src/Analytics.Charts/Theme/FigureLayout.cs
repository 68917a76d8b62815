using Plotly.NET;

namespace Analytics.Charts.Theme;

/// <summary>
/// Builds a chart's layout in the theme: title (with an optional second line), fonts, margins,
/// axes with units, reference lines and notes. Every chart method ends with
/// <c>new FigureLayout(...)...ApplyTo(chart)</c>, so the look is decided here once.
/// </summary>
internal sealed class FigureLayout
{
    private readonly Layout _layout = new();
    private readonly List<DynamicObj.DynamicObj> _shapes = [];
    private readonly List<DynamicObj.DynamicObj> _annotations = [];

    /// <summary>Starts a layout with the theme and a title (the title is the chart's own words, not data: not escaped).</summary>
    public FigureLayout(ChartOptions options, string title, string? subtitle = null)
    {
        Options = options;
        var text = subtitle is null ? title : $"{title}<br><span style=\"font-size:12px;color:{ChartTheme.Muted}\">{subtitle}</span>";
        _layout.SetProperty("title", PlotlyProperties.Of(("text", text), ("x", 0.01), ("xanchor", "left"), ("font", PlotlyProperties.Of(("size", 17), ("color", ChartTheme.Ink)))));
        _layout.SetProperty("font", PlotlyProperties.Of(("family", ChartTheme.FontFamily), ("size", ChartTheme.FontSize), ("color", ChartTheme.Ink)));
        _layout.SetProperty("paper_bgcolor", "#ffffff");
        _layout.SetProperty("plot_bgcolor", "#ffffff");
        _layout.SetProperty("colorway", ChartTheme.Palette);
        _layout.SetProperty("height", options.Height);
        _layout.SetProperty("autosize", true);
        _layout.SetProperty("margin", PlotlyProperties.Of(("l", 72), ("r", 40), ("t", subtitle is null ? 64 : 84), ("b", 64)));
        _layout.SetProperty("legend", PlotlyProperties.Of(("orientation", "h"), ("x", 0), ("y", -0.16), ("yanchor", "top")));
        _layout.SetProperty("hoverlabel", PlotlyProperties.Of(("font", PlotlyProperties.Of(("family", ChartTheme.FontFamily)))));
        _layout.SetProperty("separators", ".,");
    }

    /// <summary>The options the chart is drawn with.</summary>
    public ChartOptions Options { get; }

    /// <summary>Styles the x axis.</summary>
    public FigureLayout XAxis(string? title, string? tickFormat = null, params (string Name, object? Value)[] extra)
        => Axis("xaxis", title, tickFormat, extra);

    /// <summary>Styles the y axis.</summary>
    public FigureLayout YAxis(string? title, string? tickFormat = null, params (string Name, object? Value)[] extra)
        => Axis("yaxis", title, tickFormat, extra);

    /// <summary>Adds a second y axis on the right, over the first (traces opt in with yaxis "y2").</summary>
    public FigureLayout Y2Axis(string? title, string? tickFormat = null, params (string Name, object? Value)[] extra)
        => Axis("yaxis2", title, tickFormat, [("overlaying", "y"), ("side", "right"), ("showgrid", false), .. extra]);

    /// <summary>Styles the axis named <paramref name="name"/> (e.g. "xaxis3" of a grid of small multiples), as <see cref="XAxis"/> does the first.</summary>
    public FigureLayout NamedAxis(string name, string? title, string? tickFormat = null, params (string Name, object? Value)[] extra)
        => Axis(name, title, tickFormat, extra);

    /// <summary>A shape with the given plotly.js properties (e.g. a line on a subplot's axes).</summary>
    public FigureLayout Shape(params (string Name, object? Value)[] properties)
    {
        _shapes.Add(PlotlyProperties.Of(properties));
        return this;
    }

    /// <summary>An annotation with the given plotly.js properties (e.g. a subplot's title).</summary>
    public FigureLayout Annotation(params (string Name, object? Value)[] properties)
    {
        _annotations.Add(PlotlyProperties.Of(properties));
        return this;
    }

    /// <summary>Sets any other layout property by its plotly.js name.</summary>
    public FigureLayout Set(string name, object value)
    {
        _layout.SetProperty(name, value);
        return this;
    }

    /// <summary>A vertical line across the plot at x (data units) with an optional label at its top.</summary>
    public FigureLayout VerticalLine(object x, string color, string? label = null, string dash = "dash")
    {
        _shapes.Add(PlotlyProperties.Of(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", x), ("x1", x), ("y0", 0), ("y1", 1), ("line", PlotlyProperties.Of(("color", color), ("width", 2), ("dash", dash)))));
        if (label is not null)
        {
            _annotations.Add(PlotlyProperties.Of(("x", x), ("xref", "x"), ("y", 1), ("yref", "paper"), ("yanchor", "bottom"), ("text", label), ("showarrow", false), ("font", PlotlyProperties.Of(("color", color)))));
        }

        return this;
    }

    /// <summary>A horizontal line across the plot at y on axis <paramref name="yref"/> ("y" or "y2").</summary>
    public FigureLayout HorizontalLine(double y, string color, string? label = null, string yref = "y", string dash = "dash")
    {
        _shapes.Add(PlotlyProperties.Of(("type", "line"), ("xref", "paper"), ("yref", yref), ("x0", 0), ("x1", 1), ("y0", y), ("y1", y), ("line", PlotlyProperties.Of(("color", color), ("width", 2), ("dash", dash)))));
        if (label is not null)
        {
            _annotations.Add(PlotlyProperties.Of(("x", 1), ("xref", "paper"), ("xanchor", "right"), ("y", y), ("yref", yref), ("yanchor", "bottom"), ("text", label), ("showarrow", false), ("font", PlotlyProperties.Of(("color", color)))));
        }

        return this;
    }

    /// <summary>A note at a data point (x, y), without an arrow.</summary>
    public FigureLayout Note(object x, double y, string text, string? color = null, string yanchor = "bottom", string yref = "y")
    {
        _annotations.Add(PlotlyProperties.Of(("x", x), ("y", y), ("xref", "x"), ("yref", yref), ("yanchor", yanchor), ("text", text), ("showarrow", false), ("font", color is null ? null : PlotlyProperties.Of(("color", color)))));
        return this;
    }

    /// <summary>A note placed in paper coordinates (0-1 across the plot area).</summary>
    public FigureLayout PaperNote(double x, double y, string text, string xanchor = "left", string yanchor = "top")
    {
        _annotations.Add(PlotlyProperties.Of(("x", x), ("y", y), ("xref", "paper"), ("yref", "paper"), ("xanchor", xanchor), ("yanchor", yanchor), ("text", text), ("showarrow", false), ("align", "left"),
            ("bgcolor", "rgba(255,255,255,0.85)"), ("bordercolor", ChartTheme.Grid), ("borderpad", 4)));
        return this;
    }

    /// <summary>Puts the layout on <paramref name="chart"/> and returns it.</summary>
    public GenericChart ApplyTo(GenericChart chart)
    {
        if (_shapes.Count > 0)
        {
            _layout.SetProperty("shapes", _shapes.ToArray());
        }

        if (_annotations.Count > 0)
        {
            _layout.SetProperty("annotations", _annotations.ToArray());
        }

        return Plotly.NET.Chart.withLayout(_layout).Invoke(chart);
    }

    private FigureLayout Axis(string name, string? title, string? tickFormat, (string Name, object? Value)[] extra)
    {
        var axis = PlotlyProperties.Of(
            ("title", title is null ? null : PlotlyProperties.Of(("text", title), ("standoff", 8))),
            ("tickformat", tickFormat),
            ("gridcolor", ChartTheme.Grid),
            ("linecolor", ChartTheme.Muted),
            ("zerolinecolor", ChartTheme.Grid),
            ("automargin", true));
        foreach (var (n, v) in extra)
        {
            if (v is not null)
            {
                axis.SetProperty(n, v);
            }
        }

        _layout.SetProperty(name, axis);
        return this;
    }
}
