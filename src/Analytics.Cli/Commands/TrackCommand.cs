using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Tracking;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tracking;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics track PLAN_DIR</c>: the plan through the year. Reads the year's actuals (and
/// pipeline facts), compares them with the plan exactly, judges the quarterly rule on the complete
/// quarters, gives P(annual target | what was observed) from the plan's scenario, and when the rule
/// fired, the re-plan. Thin: <see cref="TrackingAnalysis"/> does the work.
/// </summary>
internal sealed class TrackCommand : ICommand
{
    /// <summary>Prior trials when --trials is not given.</summary>
    public const int DefaultTrials = 100_000;

    /// <inheritdoc />
    public string Name => "track";

    /// <inheritdoc />
    public string Usage => "track [PLAN_DIR] [--actuals FILE] [--pipeline FILE] [--scenario FILE] [--trials N] [--seed S] [--threads K] [--format text|json]";

    /// <inheritdoc />
    public string Summary => $"The plan through the year (default {CliApp.DefaultPlanDirectory}): the year to date against the plan by line, industry, region and person, the quarterly rule on the complete quarters, P(annual target | actuals and pipeline facts) from the plan's scenario, and the re-plan when the rule fired.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--actuals", "FILE", $"the year's sales by month (default PLAN_DIR/{TrackingFiles.Actuals}; columns in data/README.md)"),
        new("--pipeline", "FILE", $"leads and wins, renewals, benchmark accounts (default PLAN_DIR/{TrackingFiles.Pipeline} when it exists)"),
        new("--scenario", "FILE", $"the scenario (default the plan's own PLAN_DIR/{PlanScenario.FileName}); its target and stream targets must be the plan's"),
        AnalysisOptions.Trials(DefaultTrials, TrialRange.Analysis, "prior trials"),
        AnalysisOptions.Seed,
        AnalysisOptions.Threads,
        OptionSpec.Format,
    ];

    /// <inheritdoc />
    public int MaxPositionals => 1;

    /// <inheritdoc />
    public int Execute(ParsedArguments args, CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Analysis);
        var json = args.Json;
        var planDirectory = args.Positional(0, CliApp.DefaultPlanDirectory);
        var plan = PlanLoader.Load(planDirectory);
        var folder = PlanSource.Of(planDirectory).Folder;
        var actualsPath = args.Text("--actuals") ?? TrackingFiles.FindActuals(folder)
            ?? throw new InputException(Path.Combine(folder, TrackingFiles.Actuals), 0, null, "the plan folder holds no actuals", $"the year's sales by month in {Path.Combine(folder, TrackingFiles.Actuals)} (data/README.md), or --actuals FILE");
        var actuals = ActualsCsv.Load(actualsPath, plan);
        var pipelinePath = args.Text("--pipeline") ?? TrackingFiles.FindPipeline(folder);
        var pipeline = pipelinePath is null ? Pipeline.Empty : PipelineCsv.Load(pipelinePath, plan);
        var scenarioPath = args.Text("--scenario") ?? PlanScenario.Resolve(planDirectory);
        var scenario = ScenarioLoader.Load(scenarioPath);
        var decomposition = PlanDecomposer.Decompose(plan);
        var match = ScenarioPlanMatch.Check(scenario, decomposition, scenarioPath);
        AnalysisOptions.Require(scenario.Analysis.Phasing is not null, scenarioPath, "phasing", "conditioning on actuals needs (the scenario's timing of the year, with a concentration for every stream)");
        // A year the scenario cannot explain still gets an answer: the result says it is outside the scenario (method, warning).
        var result = TrackingAnalysis.Run(decomposition, actuals, pipeline, match, options);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            Json.Write(context.Out, ToJson(result, options.Seed, elapsed, actualsPath, pipelinePath));
        }
        else
        {
            WriteText(context.Out, result, options.Seed, elapsed, actualsPath, pipelinePath);
        }

        return ExitCodes.Ok;
    }

    private static object ToJson(TrackingResult r, ulong seed, double elapsed, string actuals, string? pipeline)
    {
        var y = r.YearToDate;
        var f = r.Forecast;
        return new
        {
            scenario = r.Scenario,
            trials = r.Manifest.Trials,
            seed,
            elapsedSeconds = Math.Round(elapsed, 3),
            actuals,
            pipeline,
            target = f.Target,
            monthsObserved = y.MonthsObserved,
            through = y.MonthsObserved == 0 ? null : CalendarMonths.Label(y.Year, y.MonthsObserved),
            ytd = y.Company.Actual,
            ytdTarget = y.Company.TargetToDate,
            ytdCompletion = y.Company.Completion,
            probabilityOfTarget = f.Hit.Value,
            standardError = f.Hit.StandardError,
            lower95 = f.Hit.Lower95,
            upper95 = f.Hit.Upper95,
            priorProbabilityOfTarget = r.PriorHit.Value,
            priorStandardError = r.PriorHit.StandardError,
            effectiveSampleSize = f.EffectiveSampleSize,
            method = r.Method,
            outsideScenario = r.OutsideScenario,
            alreadyMet = y.Company.Actual >= y.Company.Target,
            warnings = r.Warnings,
            percentiles = new { p10 = f.Total.P10, p50 = f.Total.P50, p90 = f.Total.P90 },
            expectedShortfall = f.ExpectedShortfall.Value,
            expectedShortfallStdError = f.ExpectedShortfall.StandardError,
            rule = y.Rule is { } rule ? new { id = rule.Id, threshold = rule.Threshold, steps = rule.Steps.Select(s => new { step = s.Step, action = s.ActionEn, actionZh = s.ActionZh }) } : null,
            quarters = y.Quarters.Select(q => new { quarter = q.Quarter, target = q.Target, actual = q.Actual, completion = q.Completion, fired = q.Fired, shortOfThreshold = q.ShortOfThreshold }),
            lines = y.Lines.Select(l =>
            {
                var s = f.Streams.First(x => Same(x.Stream, l.Id));
                return new
                {
                    line = l.Id,
                    stream = s.Stream,
                    target = l.Target,
                    targetToDate = l.TargetToDate,
                    ytd = l.Actual,
                    completion = l.Completion,
                    probabilityOfTarget = s.Hit.Value,
                    standardError = s.Hit.StandardError,
                    p10 = s.Annual.P10,
                    p50 = s.Annual.P50,
                    p90 = s.Annual.P90,
                };
            }),
            targets = y.Nodes.Select(Progress),
            people = y.People.Select(Progress),
            byMonth = r.ByMonth.Select(m => new { month = m.Month, probabilityOfTarget = m.Hit?.Value, standardError = m.Hit?.StandardError, effectiveSampleSize = m.EffectiveSampleSize, outsideScenario = m.OutsideScenario }),
            fan = new
            {
                months = Enumerable.Range(1, CalendarMonths.Count),
                booked = r.Fan.Booked,
                p10 = r.Fan.P10,
                p50 = r.Fan.P50,
                p90 = r.Fan.P90,
                target = r.Fan.TargetPath,
                priorP10 = r.Fan.Prior.Select(p => p.P10),
                priorP50 = r.Fan.Prior.Select(p => p.P50),
                priorP90 = r.Fan.Prior.Select(p => p.P90),
            },
            evidence = new
            {
                rates = r.Rates.Select(u => new { input = u.Input, successes = u.Successes, trials = u.Trials, priorMean = u.PriorMean, posteriorMean = u.PosteriorMean.Value, posteriorStdError = u.PosteriorMean.StandardError, conjugateMean = u.ConjugateMean }),
                counts = r.Counts.Select(c => new { component = c.Component, chances = c.Chances, won = c.Won, lost = c.Lost, priorMean = c.PriorMean, posteriorMean = c.PosteriorMean.Value, posteriorStdError = c.PosteriorMean.StandardError }),
            },
            replan = r.Replan is { } p ? ReplanJson(p, y.Year) : null,
        };
    }

    private static object Progress(TargetProgress p) => new
    {
        id = p.Id,
        name = p.NameEn,
        nameZh = p.NameZh,
        level = p.Level,
        parent = p.Parent,
        target = p.Target,
        targetToDate = p.TargetToDate,
        actual = p.Actual,
        recorded = p.Actual is not null,
        completion = p.Completion,
    };

    private static object ReplanJson(Replan p, int year)
    {
        object Rephased(RephasedPlan plan) => new
        {
            method = plan.Method,
            remaining = plan.Remaining,
            months = Enumerable.Range(p.FirstMonth, CalendarMonths.Count + 1 - p.FirstMonth).Select(m => CalendarMonths.Label(year, m)),
            company = Row(plan.Company),
            lines = plan.Lines.Select(Row),
            targets = plan.Nodes.Select(Row),
            people = plan.People.Select(Row),
            notes = plan.Notes,
        };

        static object Row(RephasedTarget t) => new
        {
            id = t.Id,
            remaining = t.Remaining,
            planRemaining = t.PlanRemaining,
            byMomentum = t.ByMomentum,
            months = t.Months,
            quarters = t.Quarters.Select(q => new { quarter = q.Quarter, amount = q.Amount }),
        };

        return new
        {
            firstMonth = p.FirstMonth,
            remaining = p.PlanProportions.Remaining,
            notes = p.Notes,
            planProportions = Rephased(p.PlanProportions),
            momentum = Rephased(p.Momentum),
            alternatives = p.Alternatives.Select(a => new
            {
                id = a.Id,
                description = a.Description,
                probabilityOfTarget = a.Hit.Value,
                standardError = a.Hit.StandardError,
                againstNoChange = a.AgainstNoChange is { } d ? AnalysisOptions.PairedJson(d) : null,
                lines = a.Lines.Select(l => new { line = l.Line, remainingTarget = l.RemainingTarget, probability = l.Hit.Value, standardError = l.Hit.StandardError }),
            }),
        };
    }

    private static void WriteText(TextWriter output, TrackingResult r, ulong seed, double elapsed, string actuals, string? pipeline)
    {
        var y = r.YearToDate;
        var f = r.Forecast;
        var through = y.MonthsObserved == 0 ? "nothing yet" : "January to " + CalendarMonths.Label(y.Year, y.MonthsObserved);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Scenario}: the year {y.Year} through {through} ({actuals}{(pipeline is null ? string.Empty : ", " + pipeline)}), {Formats.Count(r.Manifest.Trials)} prior trials, seed {seed}, {elapsed:0.00} s"));
        output.WriteLine($"Booked {Formats.Amount(y.Company.Actual ?? 0)} of {Formats.Amount(y.Company.TargetToDate)} 萬元 due by now ({Percent(y.Company.Completion)}); annual target {Formats.Amount(y.Company.Target)} 萬元.");
        output.WriteLine($"P(annual >= target | observed) = {AnalysisOptions.Percent(f.Hit)} points (95%: {Formats.Percent(f.Hit.Lower95)} to {Formats.Percent(f.Hit.Upper95)}); before the year {AnalysisOptions.Percent(r.PriorHit)} points.");
        output.WriteLine($"The year's total: P10 {Formats.Amount(f.Total.P10, 0)}, P50 {Formats.Amount(f.Total.P50, 0)}, P90 {Formats.Amount(f.Total.P90, 0)} 萬元; expected shortfall {Formats.Amount(f.ExpectedShortfall.Value, 1)} ± {Formats.Amount(f.ExpectedShortfall.StandardError, 1)} 萬元; effective sample size {Formats.Count((long)Math.Round(f.EffectiveSampleSize))}.");
        if (r.OutsideScenario)
        {
            output.WriteLine("Method: " + r.Method);
        }

        foreach (var warning in r.Warnings)
        {
            output.WriteLine("Warning: " + warning);
        }

        output.WriteLine();
        var lines = new TextTable("line", ">target", ">due to date", ">booked", ">completion", ">P(line target)", ">P10", ">P50", ">P90");
        foreach (var l in y.Lines)
        {
            var s = f.Streams.First(x => Same(x.Stream, l.Id));
            lines.Row(l.Id, Formats.Amount(l.Target), Formats.Amount(l.TargetToDate), Amount(l.Actual), Percent(l.Completion), AnalysisOptions.Percent(s.Hit), Formats.Amount(s.Annual.P10, 0), Formats.Amount(s.Annual.P50, 0), Formats.Amount(s.Annual.P90, 0));
        }

        lines.Write(output);
        output.WriteLine();
        if (y.Quarters.Count == 0)
        {
            output.WriteLine("No complete quarter yet: the quarterly rule is judged from the end of March.");
        }
        else
        {
            var rule = y.Rule is { } ru ? $"the rule \"{ru.Id}\": a quarter under {Formats.PercentUpTo((double)ru.Threshold)} of its target" : "the plan states no quarterly completion rule";
            output.WriteLine($"Complete quarters ({rule}):");
            var quarters = new TextTable("quarter", ">target", ">booked", ">completion", "rule", ">short of the line");
            foreach (var q in y.Quarters)
            {
                quarters.Row($"Q{q.Quarter.ToString(CultureInfo.InvariantCulture)}", Formats.Amount(q.Target), Formats.Amount(q.Actual), Percent(q.Completion), q.Fired switch { true => "fired", false => "not fired", _ => "-" }, q.ShortOfThreshold is { } s && s > 0 ? Formats.Amount(s) : "-");
            }

            quarters.Write(output);
        }

        output.WriteLine();
        output.WriteLine("Year to date by target and person (萬元; \"not recorded\": the actuals do not break the line down that way):");
        var table = new TextTable("target", "level", ">annual", ">due to date", ">booked", ">gap", ">completion");
        foreach (var p in y.Nodes.Concat(y.People))
        {
            table.Row(p.Id, p.Level.ToString().ToLowerInvariant(), Formats.Amount(p.Target), Formats.Amount(p.TargetToDate), Amount(p.Actual), p.Gap is { } g ? Formats.Amount(g, signed: true) : "-", Percent(p.Completion));
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine("P(annual target) as the actuals arrived (month 0: before the year):");
        var months = new TextTable(">month", ">P(hit)", ">± (SE)", ">effective sample");
        foreach (var m in r.ByMonth)
        {
            months.Row(m.Month.ToString(CultureInfo.InvariantCulture), m.Hit is { } h ? Formats.Percent(h.Value) + (m.OutsideScenario ? " (outside the scenario)" : string.Empty) : "-", m.Hit is { } e ? Formats.Points(e.StandardError) : "-", Formats.Count((long)Math.Round(m.EffectiveSampleSize)));
        }

        months.Write(output);
        if (r.Rates.Count > 0 || r.Counts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("What the pipeline facts say (prior mean, mean given everything observed, conjugate update by the facts alone):");
            var evidence = new TextTable("input", ">observed", ">prior", ">given all", ">conjugate");
            foreach (var u in r.Rates)
            {
                evidence.Row(u.Input, $"{u.Successes.ToString(CultureInfo.InvariantCulture)} of {u.Trials.ToString(CultureInfo.InvariantCulture)}", Number(u.PriorMean), Number(u.PosteriorMean.Value), u.ConjugateMean is { } c ? Number(c) : "-");
            }

            foreach (var c in r.Counts)
            {
                evidence.Row(c.Component + " (count)", $"{c.Won.ToString(CultureInfo.InvariantCulture)} won, {c.Lost.ToString(CultureInfo.InvariantCulture)} lost of {c.Chances.ToString(CultureInfo.InvariantCulture)}", Number(c.PriorMean), Number(c.PosteriorMean.Value), "-");
            }

            evidence.Write(output);
        }

        if (r.Replan is { } replan)
        {
            WriteReplan(output, replan, y);
        }

        output.WriteLine();
        output.WriteLine("Method: " + r.Method);
    }

    private static void WriteReplan(TextWriter output, Replan p, YearToDate y)
    {
        output.WriteLine();
        output.WriteLine($"Re-plan (the rule fired in {string.Join(", ", y.Firings.Select(q => "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture)))}): {Formats.Amount(p.PlanProportions.Remaining)} 萬元 remain from {CalendarMonths.Label(y.Year, p.FirstMonth)}.");
        var quarters = p.PlanProportions.Company.Quarters.Select(q => "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture)).ToArray();
        foreach (var plan in new[] { p.PlanProportions, p.Momentum })
        {
            output.WriteLine();
            output.WriteLine(plan.Method == RephaseMethod.PlanProportions ? "(a) In the plan's proportions:" : "(a) By momentum (each unit's share scaled by its year-to-date completion):");
            var table = new TextTable(["target", ">plan remaining", ">new remaining", .. quarters.Select(q => ">" + q)]);
            foreach (var t in new[] { plan.Company }.Concat(plan.Lines).Concat(plan.Nodes).Concat(plan.People))
            {
                table.Row([t.Id, Formats.Amount(t.PlanRemaining), Formats.Amount(t.Remaining), .. t.Quarters.Select(q => Formats.Amount(q.Amount))]);
            }

            table.Write(output);
            foreach (var note in plan.Notes)
            {
                output.WriteLine("Note: " + note);
            }
        }

        output.WriteLine();
        output.WriteLine("Alternatives on the same weighted trials (P(annual target | observed); paired difference from no change with its 95% interval):");
        var alternatives = new TextTable(["alternative", ">P(hit)", "against no change", .. p.Alternatives[0].Lines.Select(l => ">P(" + l.Line + ")")]);
        foreach (var a in p.Alternatives)
        {
            alternatives.Row([a.Id, AnalysisOptions.Percent(a.Hit), a.AgainstNoChange is { } d ? $"{Formats.Points(d.ProbabilityDifference.Value, signed: true)} ({Formats.Points(d.ProbabilityDifference.Lower95, signed: true)} to {Formats.Points(d.ProbabilityDifference.Upper95, signed: true)})" : "-", .. a.Lines.Select(l => $"{Formats.Percent(l.Hit.Value)} of {Formats.Amount(l.RemainingTarget)}")]);
        }

        alternatives.Write(output);
        output.WriteLine("P(LINE): the chance the line's sales from now on reach its remaining target under the alternative. Regions and people are not simulated separately by the scenario.");
        foreach (var note in p.Notes)
        {
            output.WriteLine("- " + note);
        }
    }

    private static bool Same(string stream, string line) => ScenarioPlanMatch.Names(stream, line);

    private static string Amount(decimal? value) => value is { } v ? Formats.Amount(v) : "not recorded";

    private static string Percent(double? value) => value is { } v ? Formats.Percent(v) : "-";

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
