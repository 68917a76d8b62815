using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;

namespace Analytics.Tests.Scenarios.Sections;

public class AnalysisSectionsReaderTests
{
    // Two streams, so "every stream" is checked; the sections are spliced in before the last brace.
    private static string With(string sections)
        => "{\n  \"scenario\": \"t\",\n  \"target\": 100,\n  \"streams\": {\n"
            + "    \"a\": { \"target\": 60, \"components\": { \"c\": { \"model\": \"orderPool\", \"count\": 10, \"orderValue\": 6 } } },\n"
            + "    \"b\": { \"target\": 40, \"components\": { \"d\": { \"model\": \"industryFunnel\", \"leads\": 20, \"winRate\": { \"dist\": \"beta\", \"a\": 2, \"b\": 8 }, \"orderValue\": 5 } } },\n"
            + "  },\n" + sections + "\n}\n";

    private static InputException Fails(string sections) => Assert.Throws<InputException>(() => ScenarioLoader.Parse(With(sections), "t.json"));

    [Fact]
    public void Load_PlcScenario_ReadsEverySectionAsWritten()
    {
        var a = ScenarioLoader.Load(ScenarioFiles.Plc).Analysis;
        Assert.Equal([0.35, 0.35, 0.50], a.Margins.Select(m => m.GrossMargin));
        Assert.Equal([0.5, 0.3, 0.1], a.Response.Select(r => r.Floor));
        Assert.Equal("response.newProduct.elasticity", a.Response[2].Elasticity.Name);
        Assert.Equal(0.6, a.Response[2].Elasticity.Distribution.Mean, 1e-12);
        var phasing = a.Phasing!;
        Assert.Equal([0.18, 0.24, 0.30, 0.28], Enumerable.Range(1, 4).Select(q => Math.Round(phasing.QuarterShare(q), 12)));
        Assert.Equal(0.06, phasing.MonthlyShares[0], 12);
        var np = phasing.TimingOf("newProduct")!;
        Assert.Equal(20, np.Concentration);
        Assert.Equal((4, 9), (np.FirstMonth!.MinimumCount, np.FirstMonth.MaximumCount));
        Assert.Equal(new TriggerSpec(0.80, true, new PolicyBoost("newProduct.benchmarks.winProbability", 0.10)), a.Trigger);
        Assert.Equal(["tradeShows", "channelRebates", "newCustomerRewards", "training", "reserve"], a.Budget.Select(b => b.Id));
        Assert.Equal(250, a.Budget.Sum(b => b.Amount));
        Assert.False(a.Budget[3].IsAttributable);
        Assert.Equal(6, a.Budget[0].Buys.Count);
    }

    [Fact]
    public void Load_SeedScenario_HasNoAnalysisSections()
        => Assert.Same(AnalysisSections.None, ScenarioLoader.Load(ScenarioFiles.Seed).Analysis);

    [Fact]
    public void Parse_MonthsInsteadOfQuarters_TakenAsGiven()
    {
        var s = ScenarioLoader.Parse(With("  \"phasing\": { \"months\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05] },"), "t.json");
        Assert.Equal(0.3, s.Analysis.Phasing!.QuarterShare(1), 12);
        Assert.Equal(0.15, s.Analysis.Phasing.QuarterShare(4), 12);
        Assert.Empty(s.Analysis.Phasing.Streams);
    }

    [Theory]
    [InlineData("  \"margins\": { \"a\": 0.3, \"c\": 0.4 },", "t.json:8: column 26: \"margins\" names \"c\", which is not a stream")]
    [InlineData("  \"margins\": { \"a\": 0.3 },", "\"margins\" lacks the stream \"b\"")]
    [InlineData("  \"margins\": { \"a\": 0.3, \"b\": 1.3 },", "the margin of \"b\" is 1.3, outside [0, 1]")]
    [InlineData("  \"response\": { \"a\": { \"floor\": 1.5, \"elasticity\": 0.5 }, \"b\": { \"floor\": 0.1, \"elasticity\": 0.5 } },", "\"floor\" is 1.5, outside [0, 1]")]
    [InlineData("  \"response\": { \"a\": { \"floor\": 0.5, \"elasticity\": { \"dist\": \"uniform\", \"min\": 0, \"max\": 2 } }, \"b\": { \"floor\": 0.1, \"elasticity\": 0.5 } },", "takes values outside [0, 1]")]
    [InlineData("  \"response\": { \"a\": { \"floor\": 0.5, \"elasticity\": 0.5, \"ceiling\": 1 }, \"b\": { \"floor\": 0.1, \"elasticity\": 0.5 } },", "unknown key \"ceiling\"")]
    [InlineData("  \"phasing\": { \"quarters\": [0.2, 0.2, 0.3, 0.2] },", "add up to 0.9")]
    [InlineData("  \"phasing\": { \"quarters\": [0.25, 0.25, 0.25, 0.25], \"months\": [] },", "not both")]
    [InlineData("  \"phasing\": { \"quarters\": [0.25, 0.25, 0.5] },", "must be a list of 4 shares; found 3 items")]
    [InlineData("  \"phasing\": { \"quarters\": [0.25, 0.25, 0.25, 0.25], \"streams\": { \"a\": { \"concentration\": 0 } } },", "\"concentration\" is 0; it must be > 0")]
    [InlineData("  \"phasing\": { \"quarters\": [0.25, 0.25, 0.25, 0.25], \"streams\": { \"a\": { \"firstMonth\": 13 } } },", "takes values outside the months 1-12")]
    [InlineData("  \"phasing\": { \"quarters\": [0.25, 0.25, 0.25, 0.25], \"streams\": { \"bb\": { \"concentration\": 5 } } },", "(did you mean \"b\"?)")]
    [InlineData("  \"trigger\": { \"threshold\": 0 },", "\"threshold\" is 0, outside (0, 1]")]
    [InlineData("  \"trigger\": { \"threshold\": 0.8, \"boost\": { \"input\": \"b.d.winRat\", \"shift\": 0.1 } },", "(did you mean \"b.d.winRate\"?)")]
    [InlineData("  \"trigger\": { \"threshold\": 0.8, \"boost\": { \"input\": \"b.d.winRate\", \"shift\": 1.5 } },", "\"shift\" is 1.5, outside (0, 1]")]
    [InlineData("  \"trigger\": { \"threshold\": 0.8, \"replan\": \"yes\" },", "\"replan\" must be true or false")]
    [InlineData("  \"budget\": { \"fairs\": { \"amount\": -5 } },", "\"amount\" is -5; a budget line spends at least 0.01 萬元")]
    [InlineData("  \"budget\": { \"fairs\": { \"amount\": 1e-300 } },", "\"amount\" is 1e-300; a budget line spends at least 0.01 萬元")]
    [InlineData("  \"budget\": { \"fairs\": { \"amount\": 5, \"buys\": [ { \"source\": \"b.x\", \"share\": 0.5 } ] } },", "\"source\" must name a stream or a component")]
    [InlineData("  \"budget\": { \"fairs\": { \"amount\": 5, \"buys\": [ { \"source\": \"b.d\", \"share\": 2 } ] } },", "\"share\" is 2, outside [0, 1]")]
    [InlineData("  \"budgets\": {},", "unknown key \"budgets\" in the scenario (did you mean \"budget\"?)")]
    public void Parse_BadSection_FailsWithLineColumnAndReason(string sections, string expected)
    {
        var e = Fails(sections);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(8, e.Line); // the sections are on line 8 of the text
        Assert.NotNull(e.Column);
    }
}
