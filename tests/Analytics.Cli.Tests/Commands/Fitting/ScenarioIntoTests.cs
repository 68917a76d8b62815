using System.Text.Json;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class ScenarioIntoTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Into_WinRate_ChangeShownLabelWrittenBackupKeptScenarioSimulates()
    {
        var scenario = _files.Scenario();
        var (code, output, err) = CliRunner.Run("fit", "winrate", HistoryFiles.Leads, "--into", scenario, "--at", "newCustomers.3c.winRate");
        Assert.True(code == 0, err);
        Assert.Contains($"{scenario}:", output, StringComparison.Ordinal);
        Assert.Contains("streams.newCustomers.components.3c.winRate (assumption H1)", output, StringComparison.Ordinal);
        Assert.Contains("  - { \"dist\": \"beta\", \"a\": 15, \"b\": 85 }", output, StringComparison.Ordinal);
        Assert.Contains("  + // H1: fitted from " + HistoryFiles.Leads + " rows 2-", output, StringComparison.Ordinal);
        Assert.True(File.Exists(scenario + ".bak"));
        Assert.Contains("// H1: fitted from", File.ReadAllText(scenario), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("simulate", scenario, "--trials", "2000").Code);
    }

    [Fact]
    public void Into_EveryFitKind_ScenarioStillLoads()
    {
        var scenario = _files.Scenario();
        (string Kind, string File, string At, string[] Extra)[] fits =
        [
            ("distribution", HistoryFiles.Orders, "newCustomers.lithium.orderValue", ["--where", "industry=lithium,line=new_customers", "--bootstrap", "19"]),
            ("renewal", HistoryFiles.Renewals, "repurchase.tierB.renewalProbability", ["--group", "B"]),
            ("seasonality", HistoryFiles.Sales, "phasing.streams.newCustomers.concentration", ["--bootstrap", "50"]),
            ("retention", Analytics.TestSupport.RepoPaths.Data("fits", "retention-example.csv"), "repurchase.tierC.renewalProbability", []),
            ("bass", Analytics.TestSupport.RepoPaths.Data("fits", "bass-example.csv"), "newProduct.benchmarks.followers", []),
        ];
        foreach (var (kind, file, at, extra) in fits)
        {
            var (code, _, err) = CliRunner.Run(["fit", kind, file, "--into", scenario, "--at", at, .. extra]);
            Assert.True(code == 0, $"{kind}: {err}");
        }

        var text = File.ReadAllText(scenario);
        Assert.Equal(5, Enumerable.Range(1, 5).Count(i => text.Contains($"// H{i}: fitted from", StringComparison.Ordinal)));
        Assert.Equal(0, CliRunner.Run("simulate", scenario, "--trials", "2000").Code);
        Assert.Equal(0, CliRunner.Run("trigger", scenario, "--trials", "2000").Code);
    }

    [Fact]
    public void Into_LabelledValue_RefusedUnlessReplaceThenTheOldTextKept()
    {
        var scenario = _files.Scenario();
        var refused = CliRunner.AssertBadInput(CliRunner.Run("fit", "seasonality", HistoryFiles.Sales, "--into", scenario, "--at", "phasing"));
        Assert.Contains("\"phasing\" is a labelled assumption (S7: the plan's timing", refused, StringComparison.Ordinal);
        Assert.False(File.Exists(scenario + ".bak"));
        var (code, output, _) = CliRunner.Run("fit", "seasonality", HistoryFiles.Sales, "--into", scenario, "--at", "phasing", "--replace", "--format", "json");
        Assert.Equal(0, code);
        var into = JsonDocument.Parse(output).RootElement.GetProperty("into");
        Assert.Equal("\"quarters\": [0.18, 0.24, 0.30, 0.28]", into.GetProperty("oldValue").GetString());
        Assert.StartsWith("\"months\": [", into.GetProperty("newValue").GetString(), StringComparison.Ordinal);
        Assert.Equal("// was: S7: the plan's timing of the year and each stream's timing uncertainty.", into.GetProperty("comment")[1].GetString());
        Assert.Equal(0, CliRunner.Run("trigger", scenario, "--trials", "2000").Code);
    }

    [Fact]
    public void Into_SeveralGroupsAndThePathNamesNone_AsksForGroup()
    {
        var scenario = _files.Scenario();
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "renewal", HistoryFiles.Renewals, "--into", scenario, "--at", "repurchase.upgrades.orderValue"));
        Assert.Contains("the file has several tiers (A, B, C); say which one --into writes with --group NAME", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_TheDataFileItself_Refused()
    {
        var copy = _files.Write("leads.json", File.ReadAllText(HistoryFiles.Leads));
        Assert.Contains("refusing to write over an input file", CliRunner.AssertBadInput(CliRunner.Run("fit", "winrate", copy, "--group", "3c", "--into", copy, "--at", "x")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--into", "s.json")]
    [InlineData("--at", "market")]
    [InlineData("--replace", null)]
    public void Into_OptionsNotTogether_UsageError(string option, string? value)
    {
        string[] args = value is null ? ["fit", "renewal", HistoryFiles.Renewals, option] : ["fit", "renewal", HistoryFiles.Renewals, option, value];
        Assert.Contains("--into SCENARIO and --at PATH go together", CliRunner.AssertBadInput(CliRunner.Run(args)), StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OptionOfAnotherKind_UsageError()
        => Assert.Contains("--family does not apply to fit bass", CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", HistoryFiles.Sales, "--family", "gamma")), StringComparison.Ordinal);
}
