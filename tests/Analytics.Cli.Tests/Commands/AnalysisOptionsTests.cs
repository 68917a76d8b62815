using Analytics.Cli.Commands;
using Analytics.Cli.Parsing;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Sampling;

namespace Analytics.Cli.Tests.Commands;

public class AnalysisOptionsTests
{
    private static readonly OptionSpec[] Specs = [AnalysisOptions.Trials(500, TrialRange.Analysis), AnalysisOptions.Seed, AnalysisOptions.Threads];

    [Fact]
    public void Simulation_Given_TheOneOptionsType()
    {
        var args = ParsedArguments.Parse(["--trials", "1_000", "--seed", "7", "--threads", "3"], Specs, 0, "test");
        var options = AnalysisOptions.Simulation(args, 500, TrialRange.Analysis, SamplerKind.LatinHypercube);
        Assert.Equal(new SimulationOptions(1000, 7, 3, SamplerKind.LatinHypercube), options);
    }

    [Fact]
    public void Simulation_Defaults_FallbackTrialsSeedOneAllProcessors()
    {
        var options = AnalysisOptions.Simulation(ParsedArguments.Parse([], Specs, 0, "test"), 500, TrialRange.Analysis);
        Assert.Equal(new SimulationOptions(500, 1, Environment.ProcessorCount), options);
    }

    [Theory]
    [InlineData("--trials", "99", "--trials must be a whole number in [100, 100000000]")]
    [InlineData("--threads", "0", "--threads must be a whole number in [1, 1024]")]
    [InlineData("--seed", "-1", "--seed must be a whole number in [0, 9223372036854775807]")]
    public void Simulation_OutOfRange_UsageErrorWithTheRange(string option, string value, string message)
    {
        var args = ParsedArguments.Parse([option, value], Specs, 0, "test");
        Assert.Contains(message, Assert.Throws<UsageException>(() => AnalysisOptions.Simulation(args, 500, TrialRange.Analysis)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trials_Help_StatesTheRangeAndDefault()
        => Assert.Equal("trials, 100 to 10,000,000 (default: 20,000)", AnalysisOptions.Trials(20_000, TrialRange.Sensitivity).Help);

    [Fact]
    public void Scenario_PlanFolderWhoseScenarioHasOtherPhasing_ExitTwoNamingBothPlaces()
    {
        using var plan = new Analytics.TestSupport.TempPlanFolder();
        plan.Replace("scenario.json", "\"quarters\": [0.18, 0.24, 0.30, 0.28]", "\"quarters\": [0.25, 0.25, 0.25, 0.25]");
        var error = CliRunner.AssertBadInput(CliRunner.Run("budget", plan.Path, "--trials", "200"));
        Assert.Contains("does not model this plan: phasing Q1 is 25% of the year but the plan's Q1 is 18% (scenario " + plan.File("scenario.json") + ":", error, StringComparison.Ordinal);
        Assert.Contains("; plan " + plan.File("phasing.csv") + ":2)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_PlanFolderWhoseScenarioLeavesOutABudgetLine_RunsAndWarns()
    {
        using var plan = new Analytics.TestSupport.TempPlanFolder();
        plan.Replace("scenario.json", "\"reserve\": { \"amount\": 30, \"note\": \"Not attributable: held back; S8 spends it on the benchmark push when the rule fires.\" },", string.Empty);
        var (code, _, err) = CliRunner.Run("budget", plan.Path, "--trials", "200");
        Assert.True(code == 0, err);
        Assert.Contains("Warning: the budget section leaves out the plan's line reserve (30 萬元)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_AFileNotAFolder_NotCheckedAgainstAnyPlan()
    {
        // A scenario file given directly is whatever the user says it is: nothing to check it against.
        var (code, _, err) = CliRunner.Run("budget", Analytics.TestSupport.RepoPaths.Data("plc-2026", "scenario.json"), "--trials", "200");
        Assert.True(code == 0, err);
        Assert.DoesNotContain("Warning", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_EveryLongRunningCommand_TakesItAndShowsItInItsUsage()
    {
        var quiet = CliApp.Commands.Where(c => c.Options.Contains(AnalysisOptions.Quiet)).Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["budget", "goalseek", "report", "sensitivity", "simulate", "splits", "trigger"], quiet);
        Assert.All(CliApp.Commands.Where(c => c.Options.Contains(AnalysisOptions.Quiet)), c => Assert.EndsWith(" [--quiet]", c.Usage, StringComparison.Ordinal));
    }
}
