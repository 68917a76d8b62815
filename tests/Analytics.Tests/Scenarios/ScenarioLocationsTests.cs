using Analytics.Scenarios;

namespace Analytics.Tests.Scenarios;

public class ScenarioLocationsTests
{
    private const string Text = """
        // a comment
        {
          "scenario": "t",
          "target": 100,
          "streams": {
            "a": {
              "target": 100,
              "components": { "x": { "model": "orderPool", "count": 3, "orderValue": 10 } },
            },
          },
          "phasing": {
            "quarters": [0.25,
              0.25, 0.25, 0.25],
          },
        }
        """;

    [Fact]
    public void Parse_Values_LinesOfTheirKeysAndItems()
    {
        var l = ScenarioLoader.Parse(Text, "t.json").Locations;
        Assert.Equal("t.json", l.File);
        Assert.Equal(4, l.Of("target").Line);
        Assert.Equal(7, l.Of("streams.a.target").Line);
        Assert.Equal(8, l.Of("streams.a.components.x.count").Line);
        Assert.Equal(12, l.Of("phasing.quarters").Line);
        Assert.Equal(12, l.Of("phasing.quarters[0]").Line);
        Assert.Equal(13, l.Of("phasing.quarters[1]").Line);
        Assert.True(l.Has("phasing.quarters"));
        Assert.False(l.Has("phasing.months"));
    }

    [Fact]
    public void Of_UnknownPathOrOtherFileName_LineZeroOrTheNameGiven()
    {
        var l = ScenarioLoader.Parse(Text, "t.json").Locations;
        Assert.Equal(new Analytics.Common.SourceLocation("t.json", 0), l.Of("trigger.threshold"));
        Assert.Equal("my.json:4", l.Of("target", "my.json").ToString());
    }

    [Fact]
    public void None_NoValues()
    {
        Assert.False(ScenarioLocations.None.Has("target"));
        Assert.Equal(0, ScenarioLocations.None.Of("target").Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Of_BlankPath_ArgumentException(string path) => Assert.ThrowsAny<ArgumentException>(() => ScenarioLocations.None.Of(path));
}
