using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.GoalSeek;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics goalseek SCENARIO --input NAME [--probability 0.8]</c>: the value of one lever (a
/// win rate's mean, a group of win rates, leads, an order value, the market, a split share) at
/// which P(total &gt;= target) reaches the required level, found on common random numbers, with its
/// Monte Carlo error; or the statement that the level is out of reach in the lever's range.
/// </summary>
internal sealed class GoalSeekCommand : ICommand
{
    /// <summary>Trials per evaluation when --trials is not given.</summary>
    public const int DefaultTrials = 50_000;

    /// <inheritdoc />
    public string Name => "goalseek";

    /// <inheritdoc />
    public string Usage => "goalseek SCENARIO --input NAME [--probability 0.8] [--min X] [--max X] [--replicates R] [--trials N] [--seed S] [--threads K] [--format text|json] [--quiet]";

    /// <inheritdoc />
    public string Summary => "Goal seek under uncertainty: the value of one input (e.g. newCustomers.*.winRate, newCustomers.3c.leads.mean, share.newProduct) that brings P(hit) to a required level, with its Monte Carlo error.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--input", "NAME", "the lever: an input (market, newProduct.benchmarks.winProbability), a group of probabilities (newCustomers.*.winRate), a mean (newCustomers.3c.leads.mean, ...orderValue.mean) or a split share (share.STREAM)"),
        new("--probability", "P", "the required P(total >= target), in (0, 1) (default: 0.8)"),
        new("--min", "X", "the lower end of the search range (default: the lever's own)"),
        new("--max", "X", "the upper end of the search range (default: the lever's own)"),
        new("--replicates", "R", "also repeat the search with R other seeds for an error by replication: 0 or 2 to 100 (default: 0)"),
        AnalysisOptions.Trials(DefaultTrials, TrialRange.Analysis, "trials per evaluation"),
        AnalysisOptions.Seed,
        AnalysisOptions.Threads,
        OptionSpec.Format,
        AnalysisOptions.Quiet,
    ];

    /// <inheritdoc />
    public int MaxPositionals => 1;

    /// <inheritdoc />
    public int Execute(ParsedArguments args, CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var lever = args.Text("--input") ?? throw new UsageException("--input is required: the lever to solve for, e.g. --input 'newCustomers.*.winRate'.");
        var probability = args.Double("--probability", 0.8, 0, 1);
        if (probability is <= 0 or >= 1)
        {
            throw new UsageException($"--probability must be strictly between 0 and 1; was {probability.ToString(CultureInfo.InvariantCulture)}.");
        }

        var replicates = args.Int("--replicates", 0, 0, 100);
        if (replicates == 1)
        {
            throw new UsageException("--replicates must be 0 or at least 2 (one replicate gives no spread).");
        }

        (double, double)? range = null;
        if (args.Has("--min") || args.Has("--max"))
        {
            if (!(args.Has("--min") && args.Has("--max")))
            {
                throw new UsageException("--min and --max go together: give both ends of the search range.");
            }

            var (lower, upper) = (args.Double("--min", 0, double.MinValue, double.MaxValue), args.Double("--max", 0, double.MinValue, double.MaxValue));
            range = upper <= lower ? throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max ({upper}) must be above --min ({lower}).")) :
                double.IsFinite(upper - lower) ? (lower, upper) :
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--min {args.Text("--min")} and --max {args.Text("--max")} span a range too wide to search (its width, --max minus --min, overflows a number); give a narrower range."));
        }

        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Analysis);
        var json = args.Json;
        var (scenario, path) = AnalysisOptions.Scenario(args, context.Error);
        var label = Label(path, lever);
        GoalSeekResult result;
        try
        {
            var search = new GoalSeekOptions(replicates: replicates);
            using var progress = AnalysisOptions.Progress(args, context, ScenarioGoalSeek.Estimate(scenario, options, search));
            result = ScenarioGoalSeek.Solve(scenario, lever, probability, options, range, search);
        }
        catch (ArgumentException e) when (e.ParamName is "lever" or "path" or "value" or "v")
        {
            throw new UsageException("--input " + lever + ": " + CliApp.Message(e));
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            Json.Write(context.Out, ToJson(scenario.Name, lever, label, options.Trials, options.Seed, result, elapsed));
        }
        else
        {
            WriteText(context.Out, scenario.Name, label, options.Trials, options.Seed, result, elapsed);
        }

        return ExitCodes.Ok;
    }

    // The lever in the plan's words (InputLabels, as the tornado), in English like the rest of the output: from the
    // plan whose scenario this is, else the path as written.
    private static string Label(string scenarioPath, string lever)
        => PlanScenario.PlanFolderOf(scenarioPath) is { } folder ? InputLabels.For(PlanLoader.Load(folder)).Of(lever).En : lever;

    private static object ToJson(string name, string input, string label, int trials, ulong seed, GoalSeekResult r, double elapsed) => new
    {
        scenario = name,
        trials,
        seed,
        elapsedSeconds = Math.Round(elapsed, 3),
        input,
        label,
        lever = r.Lever,
        probability = r.Required,
        reachable = r.Reachable,
        value = r.Value,
        valueStdError = r.ValueError,
        probabilityAtValue = r.AtValue?.Value,
        probabilityAtValueStdError = r.AtValue?.StandardError,
        slope = r.Slope,
        baseline = r.Baseline,
        probabilityAtBaseline = r.AtBaseline?.Value,
        range = new { lower = r.Lower, upper = r.Upper },
        probabilityAtLower = r.AtLower.Value,
        probabilityAtUpper = r.AtUpper.Value,
        crossings = r.Crossings,
        alreadyMet = r.AlreadyMet,
        curve = r.Curve.Select(c => new { value = c.Value, probability = c.Probability.Value }).ToArray(),
        replicates = r.Replicates,
        replicateStdError = r.ReplicateError,
        evaluations = r.Evaluations,
        message = r.Message,
    };

    private static void WriteText(TextWriter output, string name, string label, int trials, ulong seed, GoalSeekResult r, double elapsed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: goal seek for P(hit) = {r.Required:0.###}, {Formats.Count(trials)} trials per evaluation (seed {seed}, the same draws for every value), {r.Evaluations} evaluations, {elapsed:0.00} s"));
        output.WriteLine("Lever: " + (label == r.Lever.Split(':')[0] ? r.Lever : $"{label} ({r.Lever})"));
        if (r.Baseline is { } b && r.AtBaseline is { } pb)
        {
            output.WriteLine($"As the scenario states it: {AnalysisOptions.Number(b)}, P(hit) {AnalysisOptions.Percent(pb)} points.");
        }

        output.WriteLine();
        output.WriteLine(r.Message);
        if (r.Slope is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dP/dv = {r.Slope:G4} there (central difference on the same draws); the value's error is SE(P) / |dP/dv| with the binomial SE(P),"));
            output.WriteLine("which overstates it a little when the scenario imposes rank correlations (Iman-Conover balances each block); --replicates measures it.");
        }

        if (r.ReplicateError is { } re)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Over {r.Replicates.Count} other seeds: {string.Join(", ", r.Replicates.Select(AnalysisOptions.Number))}; standard error of their mean {re:G2}."));
        }

        output.WriteLine();
        var curve = new TextTable("value", ">P(hit)");
        foreach (var c in r.Curve)
        {
            curve.Row(AnalysisOptions.Number(c.Value), AnalysisOptions.Percent(c.Probability));
        }

        curve.Write(output);
    }
}
