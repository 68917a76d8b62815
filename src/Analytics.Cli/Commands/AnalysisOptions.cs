using System.Globalization;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;
using Analytics.Cli.Output;
using Analytics.Scenarios.Limits;

namespace Analytics.Cli.Commands;

/// <summary>
/// The options and helpers the simulating commands (simulate, splits, sensitivity, trigger,
/// goalseek, budget) share: --trials, --seed and --threads parsed into the one
/// <see cref="SimulationOptions"/>, each command's trials range from <see cref="TrialRange"/> and the
/// thread bound from <see cref="SimulationOptions.MaxThreads"/>.
/// </summary>
internal static class AnalysisOptions
{
    /// <summary>--seed.</summary>
    public static OptionSpec Seed { get; } = new("--seed", "S", "the seed, a whole number >= 0 (default: 1); the same seed gives the same answer");

    /// <summary>--quiet: no progress bar on standard error.</summary>
    public static OptionSpec Quiet { get; } = new("--quiet", null, "no progress bar on standard error (it shows only on a terminal, for runs longer than about two seconds)");

    /// <summary>
    /// The progress bar of a run estimated at <paramref name="estimate"/> (its trials in all), unless --quiet
    /// or standard error is not a terminal; dispose it when the run ends.
    /// </summary>
    public static IDisposable Progress(ParsedArguments args, CliContext context, WorkEstimate estimate)
        => ProgressBar.Start(context, args.Has("--quiet"), estimate.TrialRuns);

    /// <summary>--threads.</summary>
    public static OptionSpec Threads { get; } = new("--threads", "K", string.Create(CultureInfo.InvariantCulture, $"worker threads, 1 to {SimulationOptions.MaxThreads} (default: the processor count); never changes the answer"));

    /// <summary>--trials with its range and default.</summary>
    public static OptionSpec Trials(int fallback, TrialRange range, string what = "trials")
        => new("--trials", "N", string.Create(CultureInfo.InvariantCulture, $"{what}, {range} (default: {fallback:#,0})"));

    /// <summary>The simulation options from --trials (in <paramref name="range"/>), --seed and --threads.</summary>
    public static SimulationOptions Simulation(ParsedArguments args, int fallbackTrials, TrialRange range, SamplerKind sampler = SamplerKind.MonteCarlo)
        => new(
            args.Int("--trials", fallbackTrials, range.Minimum, range.Maximum),
            (ulong)args.Long("--seed", 1, 0, long.MaxValue),
            args.Int("--threads", Environment.ProcessorCount, 1, SimulationOptions.MaxThreads),
            sampler);

    /// <summary>
    /// The scenario named by the first positional argument: a scenario file, or a plan folder (its own scenario.json).
    /// A plan folder's scenario is checked against that plan before anything runs (<see cref="ScenarioPlanMatch"/>:
    /// a figure it repeats differently is an input error, exit 2), and the differences a scenario may have on purpose
    /// are written to <paramref name="warnings"/>.
    /// </summary>
    public static (Scenario Scenario, string Path) Scenario(ParsedArguments args, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var given = args.RequiredPositional(0, "the scenario file or plan folder, e.g. data/plc-2026 (its scenario.json)");
        var path = PlanScenario.Resolve(given);
        var scenario = ScenarioLoader.Load(path);
        if (Directory.Exists(given) || PlanSource.IsWorkbookPath(given))
        {
            var match = ScenarioPlanMatch.Check(scenario, PlanDecomposer.Decompose(PlanLoader.Load(given)), path);
            foreach (var warning in match.Warnings)
            {
                warnings.WriteLine($"Warning: {warning}");
            }
        }

        return (scenario, path);
    }

    /// <summary>Fails with the file's name when the scenario lacks a section an analysis needs.</summary>
    public static void Require(bool present, string path, string section, string why)
    {
        if (!present)
        {
            throw new InputException(path, 0, null, $"the scenario has no \"{section}\" section, which {why}", $"a \"{section}\" section (see data/scenarios/README.md; data/plc-2026/scenario.json has one)");
        }
    }

    /// <summary>An estimated probability with its standard error in points, e.g. "38.3% ± 0.15".</summary>
    public static string Percent(Estimate p) => Formats.Percent(p.Value) + " ± " + Formats.Points(p.StandardError);

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
        => $"{Formats.Points(d.ProbabilityDifference.Value, signed: true)} points (95%: {Formats.Points(d.ProbabilityDifference.Lower95, signed: true)} to {Formats.Points(d.ProbabilityDifference.Upper95, signed: true)}), mean revenue {Formats.Amount(d.MeanDifference.Value, 1, signed: true)} 萬元, more revenue in {Formats.Percent(d.ProbabilityFirstBeats.Value)} of trials";
}
