using Analytics.Scenarios;
using Analytics.Scenarios.Drafting;

namespace Analytics.Tests.Scenarios.Drafting;

public class DraftTextTests
{
    [Theory]
    [InlineData(0.148148148148, "0.148148")]
    [InlineData(5000, "5000")]
    [InlineData(1e-9, "0")]
    [InlineData(-2.5, "-2.5")]
    public void Number_Doubles_InvariantAtMostSixDecimals(double value, string expected)
        => Assert.Equal(expected, DraftText.Number(value));

    [Fact]
    public void Wrap_LongText_LinesWithinWidthAtSpaces()
    {
        var lines = DraftText.Wrap("one two three four five six", 9);

        Assert.Equal(["one two", "three", "four five", "six"], lines);
        Assert.Empty(DraftText.Wrap("   ", 9));
    }

    [Fact]
    public void Quote_ChineseAndQuotes_ValidJsonString()
        => Assert.Equal("\"鋰電 \\\"x\\\"\"", DraftText.Quote("鋰電 \"x\""));

    [Fact]
    public void Members_NestedObjectsAndLists_LoadAsAScenario()
    {
        var text = new DraftText()
            .Comment("a comment that the loader ignores")
            .Open()
            .Member("scenario", DraftText.Quote("t"))
            .Member("target", "100", "a trailing comment")
            .Open("streams").Open("s").Member("target", "100").Open("components").Open("c")
            .Member("model", "\"orderPool\"").Member("count", "10").Member("orderValue", "10")
            .Close().Close().Close().Close()
            .OpenList("correlations").CloseList()
            .Close()
            .ToString();

        var scenario = ScenarioLoader.Parse(text, "t.json");

        Assert.Equal(100, scenario.Target);
        Assert.Equal("s", Assert.Single(scenario.Streams).Name);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
