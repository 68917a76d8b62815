using Analytics.Charts.Tests.TestSupport;
using Analytics.Charts.Theme;
using C = Plotly.NET.CSharp;

namespace Analytics.Charts.Tests.Theme;

public class FigureLayoutTests
{
    private static Plotly.NET.GenericChart AnyChart() => C.Chart.Column<double, int, string>(new[] { 1.0 }, Keys: new[] { 1 }, UseDefaults: false);

    [Fact]
    public void ApplyTo_Theme_FontHeightAndTitleWithSubtitle()
    {
        var f = Figure.Of(new FigureLayout(new ChartOptions(Height: 300), "標題", "副標題").ApplyTo(AnyChart()));
        Assert.StartsWith("標題<br><span", f.Title, StringComparison.Ordinal);
        Assert.EndsWith(">副標題</span>", f.Title, StringComparison.Ordinal);
        Assert.Equal(300, f.Layout.GetProperty("height").GetInt32());
        Assert.Equal(ChartTheme.FontFamily, f.Layout.GetProperty("font").GetProperty("family").GetString());
        Assert.False(f.Layout.TryGetProperty("template", out _));
    }

    [Fact]
    public void HorizontalLine_OnSecondAxis_ShapeAndLabel()
    {
        var f = Figure.Of(new FigureLayout(ChartOptions.Default, "t").HorizontalLine(0.8, "#000000", "80%", "y2").ApplyTo(AnyChart()));
        var shape = Assert.Single(f.Shapes);
        Assert.Equal(("paper", "y2", 0.8), (shape.GetProperty("xref").GetString(), shape.GetProperty("yref").GetString(), shape.GetProperty("y0").GetDouble()));
        Assert.Equal(["80%"], f.AnnotationTexts);
    }
}
