using Analytics.Scenarios;

namespace Analytics.Tests.Scenarios;

public class ScenarioNotesTests
{
    [Fact]
    public void Load_PlcScenario_NineLabelledAssumptionsAndTheIntroduction()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var notes = ScenarioNotes.Load(scenario, ScenarioFiles.Plc);
        Assert.Equal("plc-2026", notes.Scenario);
        Assert.Equal(scenario.Description, notes.Description);
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"], notes.Assumptions.Select(a => a.Id));
        Assert.StartsWith("Wider uncertainty than the reference. The market factor has cv 0.15 (the plan's market growth range", notes.Assumptions[0].Text.En, StringComparison.Ordinal);
        Assert.StartsWith("不確定性比參考情景更大。市場因子的變異係數為 0.15（計劃所說 15-20% 的市場增長本身也不確定）", notes.Assumptions[0].Text.Zh, StringComparison.Ordinal);
        Assert.EndsWith("so E[new product] falls from 676.1 to 661.3.", notes.Assumptions[3].Text.En, StringComparison.Ordinal);
        Assert.EndsWith("所以新產品銷售的預期值從 676.1 降到 661.3。", notes.Assumptions[3].Text.Zh, StringComparison.Ordinal);
        Assert.All(notes.Assumptions, a => Assert.NotEqual(a.Text.Zh, a.Text.En));
        Assert.Equal(("2026 年計劃：不確定性更大，贏單率與市場相關，並有渠道夥伴。", "The 2026 plan with wider uncertainty, market-correlated win rates and channel partners."), (notes.Description!.Zh, notes.Description.En));
        Assert.True(notes.IsBilingual);
        Assert.StartsWith("plc-2026: the shipped plan", notes.Preamble[0].En, StringComparison.Ordinal);
        Assert.Equal("Money in 萬元 (10,000 CNY). Format: data/scenarios/README.md.", notes.Preamble[^1].En);
    }

    [Fact]
    public void Load_SeedScenario_NoLabelsSoTheIntroductionIsAPreamble()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Seed);
        var notes = ScenarioNotes.Load(scenario, ScenarioFiles.Seed);
        Assert.Empty(notes.Assumptions);
        Assert.Single(notes.Preamble);
        Assert.Contains("E[total] = 4736.1", notes.Preamble[0].En, StringComparison.Ordinal);
        Assert.Contains("E[合計] = 4736.1", notes.Preamble[0].Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("Reference", notes.Preamble[0].Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentsAfterTheOpeningBraceAndColonLabels_OnlyTheLeadingBlockCounts()
    {
        var scenario = ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json");
        var text = "// Intro line\n//\n// A1: first,\n//     continued\n// B22  second\n" + ScenarioFiles.Minimal().Replace("{\n", "{\n  // S9  inside the body\n", StringComparison.Ordinal);
        var notes = ScenarioNotes.Read(scenario, text);
        Assert.Equal(["Intro line"], notes.Preamble.Select(p => p.En));
        Assert.Equal([("A1", "first, continued"), ("B22", "second")], notes.Assumptions.Select(a => (a.Id, a.Text.En)));
        Assert.False(notes.IsBilingual);
    }

    [Fact]
    public void Read_OneSpaceAfterALabelAlignedWithTheOthers_StartsANewAssumption()
    {
        var scenario = ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json");
        var text = "//  S9  Timing: the plan's quarters,\n//      Q1 first.\n//  S10 Budget (budget.csv): what each line buys,\n//      D1 here is a continuation, not a label.\n" + ScenarioFiles.Minimal();
        var notes = ScenarioNotes.Read(scenario, text);
        Assert.Equal(
            [("S9", "Timing: the plan's quarters, Q1 first."), ("S10", "Budget (budget.csv): what each line buys, D1 here is a continuation, not a label.")],
            notes.Assumptions.Select(a => (a.Id, a.Text.En)));
    }

    [Fact]
    public void Read_TaggedLanguages_EachPageItsOwnTextAndChineseLinesJoinedWithoutASpace()
    {
        var scenario = ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json");
        var text = "//  S1  en: Wider\n//          uncertainty.\n//      zh: 不確定性\n//          更大，cv\n//          0.15。\n//  S2  Only English.\n" + ScenarioFiles.Minimal();
        var notes = ScenarioNotes.Read(scenario, text);
        Assert.Equal(("不確定性更大，cv 0.15。", "Wider uncertainty."), (notes.Assumptions[0].Text.Zh, notes.Assumptions[0].Text.En));
        Assert.Equal(("Only English.", "Only English."), (notes.Assumptions[1].Text.Zh, notes.Assumptions[1].Text.En)); // untagged: as written on both pages
        Assert.False(notes.IsBilingual);
    }

    [Fact]
    public void Read_OneLanguageTaggedBesideUntaggedText_TheOtherPageShowsTheUntaggedElseTheTagged()
    {
        var scenario = ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json");
        var notes = ScenarioNotes.Read(scenario, "//  S1  As written.\n//      zh: 中文。\n//  S2  zh: 只有中文。\n" + ScenarioFiles.Minimal());
        Assert.Equal(("中文。", "As written."), (notes.Assumptions[0].Text.Zh, notes.Assumptions[0].Text.En));
        Assert.Equal(("只有中文。", "只有中文。"), (notes.Assumptions[1].Text.Zh, notes.Assumptions[1].Text.En));
    }

    [Fact]
    public void Read_NoComments_Empty()
    {
        var notes = ScenarioNotes.Read(ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json"), ScenarioFiles.Minimal());
        Assert.Empty(notes.Preamble);
        Assert.Empty(notes.Assumptions);
        Assert.Null(notes.Description);
    }

    [Fact]
    public void Load_PlcScenario_SectionsLinkedToTheLabelsOfTheCommentsAboveThem()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var notes = ScenarioNotes.Load(scenario, ScenarioFiles.Plc);
        Assert.Equal("S6", notes.SectionLabels["response"]);
        Assert.Equal("S2", notes.SectionLabels["correlations"]);
        Assert.Equal(["budget", "correlations", "margins", "phasing", "response", "trigger"], notes.SectionLabels.Keys.Order());
        Assert.StartsWith("A split steers effort and budget as well as targets.", notes.AssumptionFor("response")!.Text.En, StringComparison.Ordinal);
        Assert.Null(notes.AssumptionFor("streams")); // its comment is inside, not above
    }

    [Fact]
    public void Read_NestedKeysStringsAndBlockComments_OnlyTopLevelKeysUnderALabelledFirstLine()
    {
        var text = """
            // S1  intro
            {
              "scenario": "t", // a "{" in a comment
              "description": "braces { [ in a string \" still one",
              /* a block comment { over
                 two lines */
              // S3: the target
              // continued, S4: not a label
              "target": 100,
              "streams": {
                // S5: nested, not a section
                "response": { "target": 50 },
              },
              // no label here
              // S6: a label on the second line does not count
              "margins": {},
            }
            """;
        var notes = ScenarioNotes.Read(ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json"), text);
        Assert.Equal([KeyValuePair.Create("target", "S3")], notes.SectionLabels);
        Assert.Null(notes.AssumptionFor("target")); // S3 is not among the file's leading assumptions
    }

    [Fact]
    public void Load_MissingFile_InputError()
        => Assert.Throws<Analytics.Common.InputException>(() => ScenarioNotes.Load(ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json"), "/no/such/file.json"));
}
