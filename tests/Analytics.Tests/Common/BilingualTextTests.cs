using Analytics.Common;

namespace Analytics.Tests.Common;

public class BilingualTextTests
{
    [Fact]
    public void In_Language_ThatLanguagesText()
    {
        var text = new BilingualText("新產品", "New product");
        Assert.Equal("新產品", text.In(Language.Chinese));
        Assert.Equal("New product", text.In(Language.English));
    }

    [Fact]
    public void ImplicitFromString_SameInBothLanguages()
    {
        BilingualText text = "P50";
        Assert.Equal("P50", text.Zh);
        Assert.Equal("P50", text.En);
    }

    [Theory]
    [InlineData("", "x")]
    [InlineData("x", " ")]
    public void Constructor_Blank_Throws(string zh, string en) => Assert.ThrowsAny<ArgumentException>(() => new BilingualText(zh, en));

    [Fact]
    public void Then_TwoTexts_JoinedBySpaceInEnglishOnly()
    {
        var joined = new BilingualText("甲。", "One.").Then(new BilingualText("乙。", "Two."));
        Assert.Equal("甲。乙。", joined.Zh);
        Assert.Equal("One. Two.", joined.En);
    }
}
