using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Splits;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics splits SCENARIO</c>: every split of the target over the streams on a grid (step
/// 5% by default), judged on the same trials: P(hit) with the revenue the split's effort brings,
/// P(every stream reaches its sub-target), expected revenue, P10, expected gross margin; the best
/// split, the risk-balanced split, the plan's split, the margin/P(hit) frontier and paired
/// comparisons with the plan.
/// </summary>
internal sealed class SplitsCommand : ICommand
{
    /// <summary>Trials when --trials is not given.</summary>
    public const int DefaultTrials = 100_000;

    /// <inheritdoc />
    public string Name => "splits";

    /// <inheritdoc />
    public string Usage => "splits SCENARIO [--step 0.05] [--compare 30/50/20] [--trials N] [--seed S] [--threads K] [--format text|json] [--quiet]";

    /// <inheritdoc />
    public string Summary => "Split ratios under simulation (e.g. data/plc-2026/scenario.json): which split of the target over the streams is likeliest to succeed, the risk-balanced split, and the plan's split against them.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--step", "X", string.Create(CultureInfo.InvariantCulture, $"the grid step, a share that divides 1, {SplitGrid.MinStep} to 1 (0.05, 0.1, 0.025...; default 0.05: 231 splits of three streams; at most {SplitGrid.MaxSplits:#,0} splits)")),
        new("--compare", "A/B/C", "also judge this split (percent per stream in the scenario's order, adding up to 100) against the plan and the best, paired"),
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
        var step = args.Double("--step", 0.05, SplitGrid.MinStep, 1);
        Check("--step", () => SplitGrid.Parts(step)); // the library's rule, before the scenario is read

        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Analysis);
        var json = args.Json;
        var compareText = args.Text("--compare");
        var (scenario, _) = AnalysisOptions.Scenario(args, context.Error);
        var streams = scenario.Streams.Select(s => s.Name).ToArray();
        Check("--step", () => SplitGrid.Count(streams.Length, step)); // a grid too fine for the streams fails before the simulation
        var compare = compareText is null ? null : Check("--compare", () => Split.Parse(compareText, streams));
        SplitSamples samples;
        SplitResult result;
        using (AnalysisOptions.Progress(args, context, SplitSamples.Estimate(scenario, options)))
        {
            samples = SplitSamples.Simulate(scenario, options);
            result = SplitAnalysis.Run(samples, step, options.Threads);
        }

        Comparison? comparison = compare is null ? null : new(samples.Evaluate(compare), samples.Compare(compare, result.Plan.Split), samples.Compare(compare, result.Best.Split));
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            var o = ToJson(scenario.Name, options.Seed, result, elapsed);
            if (comparison is { } c)
            {
                var row = Row(result, c.Row);
                row["versusPlan"] = AnalysisOptions.PairedJson(c.VersusPlan);
                row["versusBest"] = AnalysisOptions.PairedJson(c.VersusBest);
                o["compared"] = row;
            }

            Json.Write(context.Out, o);
        }
        else
        {
            WriteText(context.Out, scenario.Name, options.Seed, result, elapsed, comparison);
        }

        return ExitCodes.Ok;
    }

    // The library's rule for an option's value, its rejection a usage error naming the option.
    private static T Check<T>(string option, Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (ArgumentException e)
        {
            throw UsageException.ForOption(option, e);
        }
    }

    private sealed record Comparison(SplitRow Row, Statistics.PairedDifference VersusPlan, Statistics.PairedDifference VersusBest);

    private static Dictionary<string, object?> Row(SplitResult result, SplitRow row, bool streams = true)
    {
        var o = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var k = 0; k < result.Streams.Count; k++)
        {
            o[result.Streams[k]] = Math.Round(row.Split[k], 10);
        }

        o["probabilityOfTarget"] = row.ProbabilityOfTarget.Value;
        o["probabilityStdError"] = row.ProbabilityOfTarget.StandardError;
        o["probabilityAllStreams"] = row.ProbabilityAllStreams.Value;
        o["expectedRevenue"] = row.ExpectedRevenue.Value;
        o["p10"] = row.P10;
        o["expectedMargin"] = row.ExpectedMargin;
        if (streams)
        {
            o["streams"] = row.Streams.ToDictionary(s => s.Stream, s => (object)new { subTarget = s.SubTarget, probability = s.Probability.Value, expectedShortfall = s.ExpectedShortfall }, StringComparer.Ordinal);
        }

        return o;
    }

    private static Dictionary<string, object?> ToJson(string name, ulong seed, SplitResult result, double elapsed)
    {
        var best = Row(result, result.Best);
        best["versusPlan"] = AnalysisOptions.PairedJson(result.BestVersusPlan);
        var balanced = Row(result, result.RiskBalanced.Row);
        balanced["level"] = result.RiskBalanced.Level;
        balanced["iterations"] = result.RiskBalanced.Iterations;
        balanced["converged"] = result.RiskBalanced.Converged;
        balanced["versusPlan"] = AnalysisOptions.PairedJson(result.RiskBalancedVersusPlan);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["scenario"] = name,
            ["trials"] = result.Trials,
            ["seed"] = seed,
            ["elapsedSeconds"] = Math.Round(elapsed, 3),
            ["target"] = result.Target,
            ["step"] = result.Step,
            ["responseModel"] = result.HasResponse,
            ["splits"] = result.Grid.Select(r => Row(result, r)).ToArray(),
            ["best"] = best,
            ["riskBalanced"] = balanced,
            ["plan"] = Row(result, result.Plan),
            ["frontier"] = result.Frontier.Select(r => Row(result, r, streams: false)).ToArray(),
        };
    }

    private static void WriteText(TextWriter output, string name, ulong seed, SplitResult result, double elapsed, Comparison? comparison)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Grid.Count} splits at step {result.Step:0.###}, each on the same {Formats.Count(result.Trials)} trials (seed {seed}), {elapsed:0.00} s"));
        output.WriteLine(result.HasResponse
            ? "A split steers effort as well as targets: each stream's revenue answers its share (the scenario's response model)."
            : "The scenario has no response model: a split only assigns sub-targets, so P(total >= target) is the same for every split.");
        output.WriteLine();
        var headers = new List<string> { "split" };
        headers.AddRange(result.Streams.Select(s => ">" + s));
        headers.AddRange([">P(hit)", ">P(all streams)", ">E[revenue]", ">P10", ">E[margin]"]);
        var named = new TextTable([.. headers]);
        void Add(TextTable table, string label, SplitRow row)
        {
            var cells = new List<string?> { label };
            cells.AddRange(row.Split.Shares.Select(s => Formats.Percent(s)));
            cells.AddRange([AnalysisOptions.Percent(row.ProbabilityOfTarget), Formats.Percent(row.ProbabilityAllStreams.Value), Formats.Amount(row.ExpectedRevenue.Value, 1), Formats.Amount(row.P10, 1), row.ExpectedMargin is { } m ? Formats.Amount(m, 1) : "-"]);
            table.Row([.. cells]);
        }

        Add(named, "plan", result.Plan);
        Add(named, "best", result.Best);
        Add(named, "risk-balanced", result.RiskBalanced.Row);
        if (comparison is not null)
        {
            Add(named, "compared", comparison.Row);
        }

        named.Write(output);
        output.WriteLine();
        output.WriteLine($"best - plan: {AnalysisOptions.PairedText(result.BestVersusPlan)}.");
        output.WriteLine($"risk-balanced - plan: {AnalysisOptions.PairedText(result.RiskBalancedVersusPlan)}.");
        if (comparison is not null)
        {
            output.WriteLine($"compared - plan: {AnalysisOptions.PairedText(comparison.VersusPlan)}.");
            output.WriteLine($"compared - best: {AnalysisOptions.PairedText(comparison.VersusBest)}.");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Risk-balanced: every stream reaches its sub-target with probability {Formats.Percent(result.RiskBalanced.Level)}{(result.RiskBalanced.Converged ? string.Empty : " (did not settle: read with care)")}."));
        output.WriteLine();
        var risk = new TextTable("sub-target risk", ">sub-target (plan)", ">P(reach)", ">E[shortfall]", ">sub-target (best)", ">P(reach)", ">E[shortfall]");
        for (var k = 0; k < result.Streams.Count; k++)
        {
            var (p, b) = (result.Plan.Streams[k], result.Best.Streams[k]);
            risk.Row(result.Streams[k], Formats.Amount(p.SubTarget, 1), Formats.Percent(p.Probability.Value), Formats.Amount(p.ExpectedShortfall, 1), Formats.Amount(b.SubTarget, 1), Formats.Percent(b.Probability.Value), Formats.Amount(b.ExpectedShortfall, 1));
        }

        risk.Write(output);
        if (result.Frontier.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Frontier (no other split has both a higher P(hit) and a higher expected margin):");
            var frontier = new TextTable([.. headers]);
            foreach (var row in result.Frontier)
            {
                Add(frontier, string.Empty, row);
            }

            frontier.Write(output);
        }

        output.WriteLine();
        output.WriteLine("The ten likeliest splits (all of them: --format json):");
        var top = new TextTable([.. headers]);
        foreach (var row in result.Grid.OrderByDescending(r => r.ProbabilityOfTarget.Value).ThenByDescending(r => r.ProbabilityAllStreams.Value).Take(10))
        {
            Add(top, string.Empty, row);
        }

        top.Write(output);
        output.WriteLine("Amounts in 萬元; P(hit) ± its standard error in points. Differences between splits are paired (same trials) and far more precise than each P.");
    }
}
