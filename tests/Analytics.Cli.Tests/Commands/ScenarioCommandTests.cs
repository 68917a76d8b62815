using Analytics.Scenarios.Drafting;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class ScenarioCommandTests
{
    [Fact]
    public void ScenarioDraft_HandWrittenScenarioInTheFolder_RefusedEvenWithForce()
    {
        using var plan = new TempPlanFolder();
        var before = File.ReadAllText(plan.File("scenario.json"));

        var err = CliRunner.AssertBadInput(CliRunner.Run("scenario", "draft", plan.Path, "--force"));

        Assert.Contains("was not drafted by this command", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(plan.File("scenario.json")));
    }

    [Fact]
    public void ScenarioDraft_NoScenario_WritesTheDraftThatTheAnalysesThenUse()
    {
        using var plan = new TempPlanFolder().Delete("scenario.json");

        var (code, _, err) = CliRunner.Run("scenario", "draft", plan.Path);

        Assert.Equal(0, code);
        Assert.Contains("3 streams, target 5,000 萬元", err, StringComparison.Ordinal);
        Assert.True(ScenarioDraft.IsDrafted(File.ReadAllText(plan.File("scenario.json"))));
        var trigger = CliRunner.Run("trigger", plan.Path, "--trials", "1024");
        Assert.Equal(0, trigger.Code);
        Assert.StartsWith(Path.GetFileName(plan.Path) + ": the rule \"a quarter under 80% of its target\", 1,024 trials", trigger.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioDraft_DraftedBefore_ReplacedOnlyWithForce()
    {
        using var plan = new TempPlanFolder().Delete("scenario.json");
        Assert.Equal(0, CliRunner.Run("scenario", "draft", plan.Path).Code);

        Assert.Contains("refusing to overwrite", CliRunner.AssertBadInput(CliRunner.Run("scenario", "draft", plan.Path)), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("scenario", "draft", plan.Path, "--force").Code);
    }

    [Fact]
    public void Scenario_OtherVerb_ExitTwo()
        => Assert.Contains("can only \"draft\"", CliRunner.AssertBadInput(CliRunner.Run("scenario", "edit", RepoPaths.ShippedPlan)), StringComparison.Ordinal);
}
