using Analytics.Charts.Rendering;

namespace Analytics.Charts.Tests.Rendering;

public class HtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a\"b'c&d", "a&quot;b&#39;c&amp;d")]
    [InlineData("年度銷售目標", "年度銷售目標")]
    [InlineData(null, "")]
    public void Encode_Text_Escaped(string? text, string expected) => Assert.Equal(expected, Html.Encode(text));
}
