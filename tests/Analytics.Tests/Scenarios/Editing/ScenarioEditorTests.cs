using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Editing;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios.Editing;

public class ScenarioEditorTests
{
    private static readonly string Plc = File.ReadAllText(RepoPaths.Data("plc-2026", "scenario.json"));

    private static readonly AssumptionValue WinRate = new("{ \"dist\": \"beta\", \"a\": 16.2, \"b\": 88.1 }", "fitted from leads.csv rows 2-13: 3c");

    [Fact]
    public void Apply_ComponentKey_ValueReplacedLabelAboveEverythingElseKept()
    {
        var edit = ScenarioEditor.Apply(Plc, "plc.json", "newCustomers.3c.winRate", WinRate, replace: false);
        Assert.Equal("streams.newCustomers.components.3c.winRate", edit.Path);
        Assert.Equal("H1", edit.Label);
        Assert.Equal("{ \"dist\": \"beta\", \"a\": 15, \"b\": 85 }", edit.OldValue);
        Assert.Equal(["// H1: fitted from leads.csv rows 2-13: 3c"], edit.Comment);
        var before = Plc.Split('\n');
        var after = edit.Text.Split('\n');
        Assert.Equal(before.Length + 1, after.Length);
        var at = Array.FindIndex(after, l => l.Contains("H1:", StringComparison.Ordinal));
        Assert.Equal("          // H1: fitted from leads.csv rows 2-13: 3c", after[at]);
        Assert.Equal("          \"winRate\": { \"dist\": \"beta\", \"a\": 16.2, \"b\": 88.1 },", after[at + 1]);
        // Every other line as it was, comments and layout included, and the file still loads.
        Assert.Equal(before[..at], after[..at]);
        Assert.Equal(before[(at + 1)..], after[(at + 2)..]);
        ScenarioLoader.Parse(edit.Text, "plc.json");
    }

    [Fact]
    public void Apply_LabelledValue_RefusedWithoutReplace()
    {
        // The market input has "// S1: the shared market factor ..." right above it.
        var e = Assert.Throws<InputException>(() => ScenarioEditor.Apply(Plc, "plc.json", "market", new AssumptionValue("{ \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.1 }", "fitted"), replace: false));
        Assert.Contains("\"inputs.market\" is a labelled assumption (S1: the shared market factor", e.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void Apply_LabelledValueWithReplace_OldCommentKeptMarkedWas()
    {
        var edit = ScenarioEditor.Apply(Plc, "plc.json", "market", new AssumptionValue("{ \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.1 }", "fitted from m.csv rows 2-9: lognormal"), replace: true);
        Assert.Equal(["// H1: fitted from m.csv rows 2-9: lognormal", "// was: S1: the shared market factor multiplies every order value in every stream."], edit.Comment);
        Assert.Equal(["S1: the shared market factor multiplies every order value in every stream."], edit.ReplacedComment);
        Assert.DoesNotContain("    // S1: the shared market factor", edit.Text, StringComparison.Ordinal);
        Assert.Contains("    // was: S1: the shared market factor multiplies every order value in every stream.\n    \"market\": { \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.1 },", edit.Text, StringComparison.Ordinal);
        ScenarioLoader.Parse(edit.Text, "plc.json");
    }

    [Fact]
    public void Apply_Twice_NextFreeLabel()
    {
        var first = ScenarioEditor.Apply(Plc, "plc.json", "newCustomers.3c.winRate", WinRate, false);
        var second = ScenarioEditor.Apply(first.Text, "plc.json", "newCustomers.lithium.winRate", WinRate, false);
        Assert.Equal("H2", second.Label);
        // The value written by the first is now labelled: a second fit needs --replace.
        Assert.Throws<InputException>(() => ScenarioEditor.Apply(second.Text, "plc.json", "newCustomers.3c.winRate", WinRate, false));
    }

    [Fact]
    public void Apply_SectionWithAMemberKey_QuartersBecomeMonths()
    {
        var months = new AssumptionValue("[0.05, 0.05, 0.08, 0.08, 0.08, 0.08, 0.1, 0.1, 0.1, 0.1, 0.1, 0.08]", "fitted from sales.csv rows 2-37: all") { MemberKey = "months", Replaces = ["quarters", "months"] };
        Assert.Throws<InputException>(() => ScenarioEditor.Apply(Plc, "plc.json", "phasing", months, false));   // S7 labels it
        var edit = ScenarioEditor.Apply(Plc, "plc.json", "phasing", months, true);
        Assert.Equal("\"quarters\": [0.18, 0.24, 0.30, 0.28]", edit.OldValue);
        Assert.Contains("    \"months\": [0.05, 0.05", edit.Text, StringComparison.Ordinal);
        Assert.Equal(0.05, ScenarioLoader.Parse(edit.Text, "plc.json").Analysis!.Phasing!.MonthlyShares[0], 12);
    }

    [Fact]
    public void Apply_PathFromTheTop_Found()
    {
        var edit = ScenarioEditor.Apply(Plc, "plc.json", "phasing.streams.repurchase.concentration", new AssumptionValue("25.5", "fitted"), false);
        Assert.Equal("40", edit.OldValue);
        Assert.Equal(25.5, ScenarioLoader.Parse(edit.Text, "plc.json").Analysis!.Phasing!.TimingOf("repurchase")!.Concentration);
    }

    [Fact]
    public void Apply_ValueTheScenarioRejects_NothingWrittenAndTheReasonGiven()
    {
        var e = Assert.Throws<InputException>(() => ScenarioEditor.Apply(Plc, "plc.json", "newCustomers.3c.winRate", new AssumptionValue("{ \"dist\": \"normal\", \"mean\": 50, \"sd\": 10 }", "fitted"), false));
        Assert.Contains("would make the scenario unusable", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newCustomers.3c.leadz")]
    [InlineData("nothing")]
    public void Apply_NoValueThere_SaysWhatAPathIs(string path)
        => Assert.Contains("has no value at", Assert.Throws<InputException>(() => ScenarioEditor.Apply(Plc, "plc.json", path, WinRate, false)).Message, StringComparison.Ordinal);

    [Fact]
    public void Apply_CrlfFile_CommentWithTheFilesLineEnds()
    {
        var edit = ScenarioEditor.Apply(Plc.Replace("\n", "\r\n", StringComparison.Ordinal), "plc.json", "newCustomers.3c.winRate", WinRate, false);
        Assert.Contains("// H1: fitted from leads.csv rows 2-13: 3c\r\n          \"winRate\"", edit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\r", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_WideCharactersBeforeTheValue_ColumnsCountedAsTheReaderCounts()
    {
        var text = "{ \"scenario\": \"市場😀\", \"target\": 100, \"streams\": { \"s\": { \"target\": 100, \"components\": { \"c\": { \"model\": \"orderPool\", \"count\": 3, \"orderValue\": 5 } } } } }";
        var edit = ScenarioEditor.Apply(text, "x.json", "s.c.orderValue", new AssumptionValue("{ \"dist\": \"gamma\", \"shape\": 2, \"scale\": 3 }", "fitted"), false);
        Assert.Equal("5", edit.OldValue);
        Assert.EndsWith("\"orderValue\": { \"dist\": \"gamma\", \"shape\": 2, \"scale\": 3 } } } } } }", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_CountsOnlyHLabelsInComments()
        => Assert.Equal([3, 12], ScenarioEditor.Labels("// H3: x\n\"H5\": 1, // H12 y\n// H2O is water\n"));
}
