using Analytics.Charts.Theme;

namespace Analytics.Charts.Tests.Theme;

public class PlotTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<b>A&B</b>", "&lt;b&gt;A&amp;B&lt;/b&gt;")]
    [InlineData("華南存量", "華南存量")]
    public void Escape_Markup_ShownLiterally(string text, string expected) => Assert.Equal(expected, PlotText.Escape(text));
}
