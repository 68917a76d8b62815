using Analytics.Charts.Theme;
using Analytics.Planning;

namespace Analytics.Charts.Tests.Theme;

public class ChartThemeTests
{
    [Theory]
    [InlineData("#000000", 0.5, "#808080")]
    [InlineData("#1f5fa8", 0.0, "#1f5fa8")]
    [InlineData("#1f5fa8", 1.0, "#ffffff")]
    public void Tint_Amount_MixesWithWhite(string hex, double amount, string expected) => Assert.Equal(expected, ChartTheme.Tint(hex, amount));

    [Fact]
    public void WithOpacity_Hex_Rgba() => Assert.Equal("rgba(31, 95, 168, 0.18)", ChartTheme.WithOpacity("#1f5fa8", 0.18));

    [Theory]
    [InlineData("1f5fa8")]
    [InlineData("#1f5fa")]
    [InlineData("#1g5fa8")]
    public void WithOpacity_NotAHexColour_Throws(string hex) => Assert.Throws<ArgumentException>(() => ChartTheme.WithOpacity(hex, 0.5));

    [Fact]
    public void ColorOfLine_BusinessTypes_OwnColoursOthersNone()
    {
        Assert.Equal(ChartTheme.Repurchase, ChartTheme.ColorOfLine(BusinessLines.Repurchase));
        Assert.Equal(ChartTheme.NewProduct, ChartTheme.ColorOfLine(BusinessLines.NewProduct));
        Assert.Null(ChartTheme.ColorOfLine("services"));
    }

    [Fact]
    public void FontFamily_ChineseFontsFirst() => Assert.StartsWith("\"Noto Sans CJK TC\"", ChartTheme.FontFamily, StringComparison.Ordinal);
}
