using System.Globalization;
using Analytics.Charts;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Cli.Commands;

/// <summary>The options and helpers the analysis commands (splits, sensitivity, trigger, goalseek, budget) share.</summary>
internal static class AnalysisOptions
{
    /// <summary>--seed.</summary>
    public static OptionSpec Seed { get; } = new("--seed", "S", "the seed, a whole number >= 0 (default: 1); the same seed gives the same answer");

    /// <summary>--threads.</summary>
    public static OptionSpec Threads { get; } = new("--threads", "K", "worker threads, 1 to 1024 (default: the processor count); never changes the answer");

    /// <summary>--trials with its default.</summary>
    public static OptionSpec Trials(int fallback, string what = "trials")
        => new("--trials", "N", string.Create(CultureInfo.InvariantCulture, $"{what}, 100 to {SimulationOptions.MaxTrials:#,0} (default: {fallback:#,0})"));

    /// <summary>The simulation options from --trials, --seed and --threads.</summary>
    public static SimulationOptions Simulation(ParsedArguments args, int fallbackTrials)
        => new(
            args.Int("--trials", fallbackTrials, 100, SimulationOptions.MaxTrials),
            (ulong)args.Long("--seed", 1, 0, long.MaxValue),
            args.Int("--threads", Environment.ProcessorCount, 1, 1024));

    /// <summary>The scenario named by the first positional argument.</summary>
    public static (Scenario Scenario, string Path) Scenario(ParsedArguments args)
    {
        var path = args.RequiredPositional(0, "the scenario file, e.g. data/scenarios/plc-2026.json");
        return (ScenarioLoader.Load(path), path);
    }

    /// <summary>Fails with the file's name when the scenario lacks a section an analysis needs.</summary>
    public static void Require(bool present, string path, string section, string why)
    {
        if (!present)
        {
            throw new InputException(path, 0, null, $"the scenario has no \"{section}\" section, which {why}", $"a \"{section}\" section (see data/scenarios/README.md; data/scenarios/plc-2026.json has one)");
        }
    }

    /// <summary>An estimated probability with its standard error in points, e.g. "38.3% ± 0.15" (the charts' formats).</summary>
    public static string Percent(Estimate p) => ChartOptions.FormatPercent(p.Value) + " ± " + ChartOptions.FormatPoints(p.StandardError);

    /// <summary>An amount in 萬元 with one decimal and grouping.</summary>
    public static string Amount(double value) => value.ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>A number with up to four significant digits.</summary>
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A paired difference as JSON.</summary>
    public static object PairedJson(PairedDifference d) => new
    {
        probabilityDifference = d.ProbabilityDifference.Value,
        stdError = d.ProbabilityDifference.StandardError,
        lower95 = d.ProbabilityDifference.Lower95,
        upper95 = d.ProbabilityDifference.Upper95,
        meanRevenueDifference = d.MeanDifference.Value,
        meanRevenueDifferenceStdError = d.MeanDifference.StandardError,
        probabilityFirstBeats = d.ProbabilityFirstBeats.Value,
    };

    /// <summary>A paired difference in words: "+3.8 points (95%: +3.7 to +3.9), more revenue in 71.3% of trials".</summary>
    public static string PairedText(PairedDifference d)
        => string.Create(CultureInfo.InvariantCulture, $"{d.ProbabilityDifference.Value * 100:+0.00;-0.00;0.00} points (95%: {d.ProbabilityDifference.Lower95 * 100:+0.00;-0.00;0.00} to {d.ProbabilityDifference.Upper95 * 100:+0.00;-0.00;0.00}), mean revenue {d.MeanDifference.Value:+#,0.0;-#,0.0;0.0} 萬元, more revenue in {d.ProbabilityFirstBeats.Value * 100:0.0}% of trials");
}
