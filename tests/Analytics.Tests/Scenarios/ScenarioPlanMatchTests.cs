using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios;

public class ScenarioPlanMatchTests
{
    private static readonly Lazy<PlanDecomposition> Plan = new(() => PlanDecomposer.Decompose(Plans.Shipped));

    private static Scenario Edited(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        return ScenarioLoader.Parse(text.Replace(old, replacement, StringComparison.Ordinal), "edited.json");
    }

    [Theory]
    [InlineData("plc-2026.json")]
    [InlineData("seed-2026.json")]
    public void Check_ShippedScenarios_EveryStreamPairedWithItsLine(string file)
    {
        var scenario = ScenarioLoader.Load(file == "plc-2026.json" ? ScenarioFiles.Plc : ScenarioFiles.Seed);
        var match = ScenarioPlanMatch.Check(scenario, Plan.Value, file);
        Assert.Same(scenario, match.Scenario);
        Assert.Equal(
            [("repurchase", "repurchase", 1800.0), ("newCustomers", "new_customers", 2200), ("newProduct", "new_product", 1000)],
            match.Streams.Select(s => (s.Stream, s.Line.Id, s.Target)));
    }

    [Fact]
    public void Check_OtherTotalTarget_InputErrorNamingBothFigures()
    {
        var e = Assert.Throws<InputException>(() => ScenarioPlanMatch.Check(Edited(ScenarioFiles.Plc, "\"target\": 5000", "\"target\": 6000"), Plan.Value, "my.json"));
        Assert.StartsWith("my.json: the scenario \"plc-2026\" does not model this plan: its target is 6,000 萬元 but the plan's is 5,000 萬元", e.Message, StringComparison.Ordinal);
        Assert.Contains("--no-simulation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherStreamTarget_NamesTheStreamAndTheLine()
    {
        var e = Assert.Throws<InputException>(() => ScenarioPlanMatch.Check(Edited(ScenarioFiles.Plc, "\"target\": 2200", "\"target\": 2100"), Plan.Value, "my.json"));
        Assert.Contains("stream \"newCustomers\" targets 2,100 萬元 but the plan's line new_customers is 2,200 萬元", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownStreamAndMissingLine_BothReported()
    {
        var e = Assert.Throws<InputException>(() => ScenarioPlanMatch.Check(Edited(ScenarioFiles.Seed, "\"newProduct\": {", "\"services\": {"), Plan.Value, "my.json"));
        Assert.Contains("stream \"services\" is none of the plan's business lines (repurchase, new_customers, new_product)", e.Message, StringComparison.Ordinal);
        Assert.Contains("no stream models the plan's line new_product", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TargetWithinTolerance_Accepted()
        => ScenarioPlanMatch.Check(Edited(ScenarioFiles.Plc, "\"target\": 1000", "\"target\": 1000.004"), Plan.Value, "my.json");

    [Fact]
    public void Check_SnakeCaseStreamNames_MatchTheirLines()
    {
        var scenario = Edited(ScenarioFiles.Seed, "\"newCustomers\": {", "\"new_customers\": {");
        Assert.Equal("new_customers", ScenarioPlanMatch.Check(scenario, Plan.Value, "my.json").Streams[1].Line.Id);
    }
}
