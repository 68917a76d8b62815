using Analytics.Common;

namespace Analytics.Charts.Tests;

public class BilingualTextLanguageTests
{
    [Fact]
    public void In_ChartLanguage_ThatLanguagesText()
    {
        var text = new BilingualText("新產品", "New product");
        Assert.Equal("新產品", text.In(ChartLanguage.Chinese));
        Assert.Equal("New product", text.In(ChartLanguage.English));
    }
}
