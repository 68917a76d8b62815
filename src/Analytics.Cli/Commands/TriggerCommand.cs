using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics trigger SCENARIO</c>: the plan's quarterly rule ("a quarter under 80% of its
/// target") under simulation: per quarter how often it fires, what a firing says about the year,
/// P(annual target | year-to-date completion), cumulative revenue by month, and what the response
/// is worth as a policy.
/// </summary>
internal sealed class TriggerCommand : ICommand
{
    /// <summary>Trials when --trials is not given.</summary>
    public const int DefaultTrials = 100_000;

    /// <inheritdoc />
    public string Name => "trigger";

    /// <inheritdoc />
    public string Usage => "trigger SCENARIO [--threshold 0.8] [--trials N] [--seed S] [--threads K] [--format text|json] [--quiet]";

    /// <inheritdoc />
    public string Summary => "The quarterly re-plan rule under simulation: firing probability per quarter, P(annual target | year to date), and the response's value as a policy (needs the scenario's phasing section).";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--threshold", "X", "the completion below which the rule fires, in (0, 1] (default: the scenario's trigger section, else 0.8)"),
        AnalysisOptions.Trials(DefaultTrials, TrialRange.Analysis),
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
        double? threshold = args.Has("--threshold") ? args.Double("--threshold", 0.8, 0.001, 1) : null;
        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Analysis);
        var json = args.Json;
        var (scenario, path) = AnalysisOptions.Scenario(args, context.Error);
        AnalysisOptions.Require(scenario.Analysis.Phasing is not null, path, "phasing", "the quarterly rule needs (the plan's timing of the year)");
        TriggerResult result;
        using (AnalysisOptions.Progress(args, context, TriggerAnalysis.Estimate(scenario, options)))
        {
            result = TriggerAnalysis.Run(scenario, options, threshold);
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            Json.Write(context.Out, ToJson(scenario.Name, options.Seed, result, elapsed));
        }
        else
        {
            WriteText(context.Out, scenario.Name, options.Seed, result, elapsed);
        }

        return ExitCodes.Ok;
    }

    private static object ToJson(string name, ulong seed, TriggerResult r, double elapsed) => new
    {
        scenario = name,
        trials = r.Trials,
        seed,
        elapsedSeconds = Math.Round(elapsed, 3),
        target = r.Target,
        threshold = r.Threshold,
        probabilityOfTarget = r.Hit.Value,
        probabilityStdError = r.Hit.StandardError,
        quarters = r.Quarters.Select(q => new
        {
            quarter = q.Quarter,
            target = q.Target,
            expectedRevenue = q.ExpectedRevenue.Value,
            firingProbability = q.Firing.Value,
            firingStdError = q.Firing.StandardError,
            firingProbabilityWithReplan = q.FiringWithReplan.Value,
            probabilityOfTargetIfFired = q.HitGivenFired?.Value,
            probabilityOfTargetIfNotFired = q.HitGivenNotFired?.Value,
            yearToDateCompletion = new { p10 = q.YearToDate.P10, p50 = q.YearToDate.P50, p90 = q.YearToDate.P90 },
            probabilityOfTargetByCompletion = q.HitByCompletion.Select(b => new { from = b.Lower, to = b.Upper, trials = b.Trials, probabilityOfTarget = b.Hit.Value, stdError = b.Hit.StandardError }).ToArray(),
        }).ToArray(),
        policy = r.Policy is { } p
            ? new
            {
                description = p.Description,
                actsProbability = p.FiresByQ3.Value,
                probabilityWithout = p.Without.Value,
                probabilityWith = p.With.Value,
                value = AnalysisOptions.PairedJson(p.Value),
                pushAllYear = AnalysisOptions.PairedJson(p.PushAllYear),
                whenActs = CaseJson(p.WhenActs),
                whenIdle = CaseJson(p.WhenIdle),
            }
            : null,
        fan = new { months = r.Fan.Months, p10 = r.Fan.P10, p50 = r.Fan.P50, p90 = r.Fan.P90, mean = r.Fan.Mean, target = r.Fan.TargetPath },
        timing = r.Timing,
    };

    private static void WriteText(TextWriter output, string name, ulong seed, TriggerResult r, double elapsed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: the rule \"a quarter under {Formats.PercentUpTo(r.Threshold, 1)} of its target\", {Formats.Count(r.Trials)} trials, seed {seed}, {elapsed:0.00} s"));
        output.WriteLine($"P(total >= {Formats.Amount(r.Target, 0)} 萬元) = {AnalysisOptions.Percent(r.Hit)} points");
        output.WriteLine();
        var table = new TextTable("quarter", ">target", ">E[revenue]", ">P(fires)", ">with re-plan", ">P(hit | fired)", ">P(hit | not fired)", ">YTD P10", ">YTD P50", ">YTD P90");
        foreach (var q in r.Quarters)
        {
            table.Row(
                "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture),
                Formats.Amount(q.Target, 1),
                Formats.Amount(q.ExpectedRevenue.Value, 1),
                AnalysisOptions.Percent(q.Firing),
                Formats.Percent(q.FiringWithReplan.Value),
                q.HitGivenFired is { } f ? Formats.Percent(f.Value) : "-",
                q.HitGivenNotFired is { } n ? Formats.Percent(n.Value) : "-",
                Formats.Percent(q.YearToDate.P10),
                Formats.Percent(q.YearToDate.P50),
                Formats.Percent(q.YearToDate.P90));
        }

        table.Write(output);
        output.WriteLine("YTD: revenue so far over the plan's target so far. \"with re-plan\": each firing re-phases the rest of the target over the quarters left.");
        output.WriteLine();
        output.WriteLine("P(annual target) by year-to-date completion after Q1-Q3 (bins of 5 points with at least 1% of the trials; after Q4 the year is known):");
        var bins = new TextTable("completion", ">Q1", ">Q2", ">Q3");
        var edges = r.Quarters.Take(3).SelectMany(q => q.HitByCompletion).Select(b => b.Lower).Distinct().Order();
        foreach (var lower in edges)
        {
            var cells = r.Quarters.Take(3).Select(q => q.HitByCompletion.FirstOrDefault(b => b.Lower == lower && b.IsShown(r.Trials)) is { } b ? Formats.Percent(b.Hit.Value) : string.Empty).ToArray();
            if (cells.Any(c => c.Length > 0))
            {
                bins.Row([string.Create(CultureInfo.InvariantCulture, $"{lower * 100:0}-{(lower + TriggerAnalysis.BinWidth) * 100:0}%"), .. cells]);
            }
        }

        bins.Write(output);
        output.WriteLine();
        var fan = new TextTable("month", ">plan (cumulative)", ">P10", ">P50", ">P90");
        for (var m = 0; m < 12; m++)
        {
            fan.Row(r.Fan.Months[m].ToString(CultureInfo.InvariantCulture), Formats.Amount(r.Fan.TargetPath[m], 1), Formats.Amount(r.Fan.P10[m], 1), Formats.Amount(r.Fan.P50[m], 1), Formats.Amount(r.Fan.P90[m], 1));
        }

        fan.Write(output);
        if (r.Policy is { } p)
        {
            output.WriteLine();
            output.WriteLine("Policy: " + p.Description);
            output.WriteLine($"It acts in {Formats.Percent(p.FiresByQ3.Value)} of trials; P(hit) {Formats.Percent(p.Without.Value)} without, {Formats.Percent(p.With.Value)} with: {AnalysisOptions.PairedText(p.Value)}.");
            if (p.WhenActs is { With: { } actsWith, Without: { } actsWithout })
            {
                output.WriteLine($"In the {Formats.Count(p.WhenActs.Trials)} trials where it acts: P(hit) {Formats.Percent(actsWithout.Value)} without, {Formats.Percent(actsWith.Value)} with; in the other {Formats.Count(p.WhenIdle.Trials)}: {(p.WhenIdle.Without is { } idle ? Formats.Percent(idle.Value) : "-")}.");
            }

            output.WriteLine($"For comparison, the same push from January in every trial: {AnalysisOptions.PairedText(p.PushAllYear)}.");
        }

        output.WriteLine();
        output.WriteLine("Timing:");
        foreach (var line in r.Timing)
        {
            output.WriteLine("- " + line);
        }
    }

    private static object CaseJson(PolicyCase c) => new
    {
        trials = c.Trials,
        probabilityWith = c.With?.Value,
        probabilityWithout = c.Without?.Value,
    };
}
