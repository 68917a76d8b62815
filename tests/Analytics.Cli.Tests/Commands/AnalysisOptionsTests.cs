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
    public void Quiet_EveryLongRunningCommand_TakesItAndShowsItInItsUsage()
    {
        var quiet = CliApp.Commands.Where(c => c.Options.Contains(AnalysisOptions.Quiet)).Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["budget", "goalseek", "report", "sensitivity", "simulate", "splits", "trigger"], quiet);
        Assert.All(CliApp.Commands.Where(c => c.Options.Contains(AnalysisOptions.Quiet)), c => Assert.EndsWith(" [--quiet]", c.Usage, StringComparison.Ordinal));
    }
}
