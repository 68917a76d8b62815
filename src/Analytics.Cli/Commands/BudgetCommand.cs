using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Budget;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics budget SCENARIO</c>: each line of the marketing budget, what it buys (the
/// scenario's budget section) and the revenue that comes through it per 萬元 spent: mean, P10, P90.
/// </summary>
internal sealed class BudgetCommand : ICommand
{
    /// <summary>Trials when --trials is not given.</summary>
    public const int DefaultTrials = 100_000;

    /// <inheritdoc />
    public string Name => "budget";

    /// <inheritdoc />
    public string Usage => "budget SCENARIO [--trials N] [--seed S] [--threads K] [--format text|json] [--quiet]";

    /// <inheritdoc />
    public string Summary => "Revenue per 萬元 of each marketing budget line, from what the scenario's budget section says it buys.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [AnalysisOptions.Trials(DefaultTrials, TrialRange.Analysis), AnalysisOptions.Seed, AnalysisOptions.Threads, OptionSpec.Format, AnalysisOptions.Quiet];

    /// <inheritdoc />
    public int MaxPositionals => 1;

    /// <inheritdoc />
    public int Execute(ParsedArguments args, CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Analysis);
        var json = args.Json;
        var (scenario, path) = AnalysisOptions.Scenario(args, context.Error);
        AnalysisOptions.Require(scenario.Analysis.Budget.Count > 0, path, "budget", "says what each budget line buys");
        BudgetResult result;
        using (AnalysisOptions.Progress(args, context, BudgetAnalysis.Estimate(scenario, options)))
        {
            result = BudgetAnalysis.Run(scenario, options);
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            Json.Write(context.Out, new
            {
                scenario = scenario.Name,
                trials = options.Trials,
                seed = options.Seed,
                elapsedSeconds = Math.Round(elapsed, 3),
                total = result.Total,
                lines = result.Lines.Select(l => new
                {
                    id = l.Id,
                    amount = l.Amount,
                    attributable = l.Buys.Count > 0,
                    buys = l.Buys.Select(b => new { source = b.Source, share = b.Share }).ToArray(),
                    revenue = l.Revenue?.Value,
                    revenueStdError = l.Revenue?.StandardError,
                    revenueP10 = l.RevenueP10,
                    revenueP90 = l.RevenueP90,
                    revenuePerUnit = l.PerUnit?.Value,
                    revenuePerUnitP10 = l.PerUnitP10,
                    revenuePerUnitP90 = l.PerUnitP90,
                    note = l.Note,
                }).ToArray(),
                notes = result.Notes,
            });
            return ExitCodes.Ok;
        }

        var output = context.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: budget {Formats.Amount(result.Total)} 萬元, {Formats.Count(options.Trials)} trials, seed {options.Seed}, {elapsed:0.00} s"));
        output.WriteLine();
        var table = new TextTable("line", ">萬元", ">revenue", ">P10", ">P90", ">per 萬元", ">P10", ">P90");
        foreach (var l in result.Lines)
        {
            table.Row(
                l.Id,
                Formats.Amount(l.Amount),
                l.Revenue is { } r ? Formats.Amount(r.Value, 1) : "not attributable",
                l.RevenueP10 is { } r10 ? Formats.Amount(r10, 1) : string.Empty,
                l.RevenueP90 is { } r90 ? Formats.Amount(r90, 1) : string.Empty,
                l.PerUnit is { } u ? u.Value.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
                l.PerUnitP10 is { } u10 ? u10.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
                l.PerUnitP90 is { } u90 ? u90.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty);
        }

        table.Write(output);
        foreach (var l in result.Lines.Where(l => l.Note is not null))
        {
            output.WriteLine($"{l.Id}: {l.Note}");
        }

        output.WriteLine();
        foreach (var note in result.Notes)
        {
            output.WriteLine("- " + note);
        }

        return ExitCodes.Ok;
    }
}
