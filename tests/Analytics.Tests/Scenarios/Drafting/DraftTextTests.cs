using Analytics.Scenarios;
using Analytics.Scenarios.Drafting;

namespace Analytics.Tests.Scenarios.Drafting;

public class DraftTextTests
{
    [Fact]
    public void Text_NestedMembersItemsAndComments_WrittenAsTheFormatReadsThem()
    {
        var text = new DraftText()
            .Comment("drafted")
            .Open()
            .Member("scenario", DraftText.Quote("t"))
            .Member("target", DraftText.Number(100m), "the plan's total")
            .OpenList("quarters").Item("0.25").Item("0.75").CloseList()
            .Close()
            .ToString();

        Assert.Equal(
            "// drafted\n{\n  \"scenario\": \"t\",\n  \"target\": 100,  // the plan's total\n  \"quarters\": [\n    0.25,\n    0.75,\n  ],\n}\n",
            text);
    }

    [Fact]
    public void Text_ACompleteScenario_LoadsBack()
    {
        var text = new DraftText()
            .Open()
            .Member("scenario", DraftText.Quote("t"))
            .Member("target", "100")
            .Open("streams")
            .Open("a")
            .Member("target", "100")
            .Open("components")
            .Open("x").Member("model", DraftText.Quote("orderPool")).Member("count", "3").Member("orderValue", "10", "萬元").Close()
            .Close()
            .Close()
            .Close()
            .Close()
            .ToString();

        var scenario = ScenarioLoader.Parse(text, "draft.json");
        Assert.Equal("t", scenario.Name);
        Assert.Equal(10, scenario.Locations.Of("streams.a.components.x.count").Line);
    }

    [Theory]
    [InlineData(0.1234564, "0.123456")]
    [InlineData(0.1234565001, "0.123457")]
    [InlineData(1e-7, "0")]
    [InlineData(1234567.5, "1234567.5")]
    [InlineData(-2.0, "-2")]
    public void Number_AtMostSixDecimalsNoExponent(double value, string expected)
        => Assert.Equal(expected, DraftText.Number(value));

    [Fact]
    public void Quote_EscapesQuotesAndKeepsChinese()
        => Assert.Equal("\"新產品 \\\"A\\\"\"", DraftText.Quote("新產品 \"A\""));
}
