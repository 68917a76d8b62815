using Analytics.Scenarios;

namespace Analytics.Tests.Scenarios;

public class ScenarioTests
{
    private const string Text = """
        {
          "scenario": "t",
          "target": 100,
          "streams": {
            "a": {
              "target": 100,
              "components": {
                "x": { "model": "orderPool", "count": 3, "orderValue": 10 },
                "y": { "model": "renewalTier", "customers": 4, "renewalProbability": 0.5, "orderValue": 7 },
              },
            },
          },
        }
        """;

    private static Scenario Parsed => ScenarioLoader.Parse(Text, "t.json");

    [Fact]
    public void Validation_BlankNameNonFiniteTargetNoStreams_Refused()
    {
        // The constructor validates (a `with` copy sets the properties without running the initialisers).
        var s = Parsed;
        Assert.ThrowsAny<ArgumentException>(() => new Scenario(" ", null, 100, s.Streams, [], s.Hash));
        Assert.ThrowsAny<ArgumentException>(() => new Scenario("t", null, double.NaN, s.Streams, [], s.Hash));
        Assert.ThrowsAny<ArgumentException>(() => new Scenario("t", null, 100, [], [], s.Hash));
    }

    [Fact]
    public void LocationOf_AKeyOfTheFile_ItsLine()
    {
        var s = Parsed;
        Assert.Equal("t.json", s.File);
        Assert.Equal(new Analytics.Common.SourceLocation("t.json", 8), s.LocationOf("a.x"));
        Assert.Equal(8, s.LocationOf("a.x.count").Line);
    }

    [Fact]
    public void LocationOf_UnknownPathOrCodeBuiltScenario_TheFileOrTheNameWithLineZero()
    {
        Assert.Equal(new Analytics.Common.SourceLocation("t.json", 0), Parsed.LocationOf("a.nope"));
        var inCode = Parsed with { File = null, PartLocations = new Dictionary<string, Analytics.Common.SourceLocation>() };
        Assert.Equal(new Analytics.Common.SourceLocation("t", 0), inCode.LocationOf("a.x"));
    }

    [Fact]
    public void Input_ByName_FoundOrRefusedListingTheInputs()
    {
        var s = Parsed;
        Assert.Equal("a.y.renewalProbability", s.Input("a.y.renewalProbability").Name);
        var e = Assert.Throws<ArgumentException>(() => s.Input("nope"));
        Assert.Contains("no input named \"nope\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(s.Inputs.Count, s.Inputs.Select(i => i.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
