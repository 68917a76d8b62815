using System.Globalization;
using Analytics.Analyses.Tracking;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Export;
using Analytics.History.Generation;
using Analytics.Loading;
using Analytics.Planning.Generation;
using Analytics.Scenarios;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics generate customers --out FILE</c>: the seeded customer-list generator behind
/// data/plc-2026/customers.csv; <c>analytics generate history --out DIR</c>: the seeded synthetic history
/// behind data/plc-2026/history; <c>analytics generate actuals --out FILE --through YYYY-MM</c>: a
/// synthetic year's first months drawn from the plan's scenario (data/plc-2026/actuals.csv and pipeline.csv).
/// </summary>
internal sealed class GenerateCommand : ICommand
{
    public string Name => "generate";

    public string Usage => "generate customers|history|actuals [--out FILE|DIR] [--plan PLAN_DIR] [--through YYYY-MM] [--pipeline FILE] [--seed S] [--force]";

    public string Summary => $"Generate the fictitious existing-customer list (200 customers, 60 due in 2026; seed {CustomerListGenerator.ShippedSeed}, the shipped file's) or the plan's synthetic history of its past three years (orders, monthly sales, leads and wins, renewals; seed {HistoryGenerator.ShippedSeed}), or a synthetic year's first months drawn from the plan's scenario, one whose last complete quarter fires the quarterly rule (actuals and pipeline facts; seed {SampleYearGenerator.ShippedSeed}).";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE|DIR", "customers: the CSV file to write; history: the folder to write orders.csv, sales.csv, leads.csv and renewals.csv into; actuals: the actuals CSV file (required except customers with --plan; never overwritten unless --force)"),
        new("--plan", "PLAN_DIR", $"customers: draw the list from this plan's facts (counts, tiers, industries, regions, due customers, renewal potential; --out defaults to PLAN_DIR/customers.csv); history, actuals: the plan whose past or year is generated (default {CliApp.DefaultPlanDirectory}; actuals are drawn from its {PlanScenario.FileName})"),
        new("--through", "YYYY-MM", "actuals: the last month to give, in the plan year (required)"),
        new("--pipeline", "FILE", "actuals: also write the year's pipeline facts (leads and wins, renewals, benchmark accounts) to FILE"),
        new("--seed", "S", $"generator seed (default {CustomerListGenerator.ShippedSeed} for customers, {HistoryGenerator.ShippedSeed} for history, {SampleYearGenerator.ShippedSeed} for actuals)"),
        new("--force", null, "replace files a previous run wrote (never a file it did not write)"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var what = args.RequiredPositional(0, "what to generate (customers, history or actuals)");
        switch (what)
        {
            case "customers":
                return Customers(args, context);
            case "history":
                if (new[] { "--through", "--pipeline" }.FirstOrDefault(args.Has) is { } notHistory)
                {
                    throw new UsageException($"{notHistory} applies to generate actuals only.");
                }

                var folder = args.Text("--out") ?? throw new UsageException("--out DIR is required.");
                var planFolder = args.Text("--plan") ?? CliApp.DefaultPlanDirectory;
                var plan = PlanLoader.Load(planFolder);
                var historySeed = (ulong)args.Long("--seed", (long)HistoryGenerator.ShippedSeed, 0, long.MaxValue);
                var history = HistoryGenerator.Generate(plan, new HistorySpec(), historySeed);
                Directory.CreateDirectory(folder);
                HistoryCsv.WriteAll(history, folder, args.Has("--force"), PlanSource.FilesOf(planFolder));
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {history.Orders.Count} orders, {history.Sales.Count} monthly sales, {history.Leads.Count} lead periods and {history.Renewals.Count} renewals for {history.Sales.Min(s => s.Year)}-{history.Sales.Max(s => s.Year)} to {folder} (seed {historySeed})."));
                return ExitCodes.Ok;
            case "actuals":
                return Actuals(args, context);
            default:
                throw new UsageException($"can only generate \"customers\" or \"history\", or \"actuals\" of a plan year; got \"{what}\".");
        }
    }

    /// <summary>The shipped list (no --plan), or the list the plan's facts call for, written to --out (default with --plan: the plan's customers.csv).</summary>
    private static int Customers(ParsedArguments args, CliContext context)
    {
        if (new[] { "--through", "--pipeline" }.FirstOrDefault(args.Has) is { } notHere)
        {
            throw new UsageException($"{notHere} applies to generate actuals only.");
        }

        var planFolder = args.Text("--plan");
        var output = args.Text("--out") ?? (planFolder is null ? throw new UsageException("--out FILE is required (or --plan PLAN_DIR, which writes PLAN_DIR/customers.csv).")
            : PlanSource.IsWorkbookPath(planFolder) ? throw new UsageException($"--out FILE is required with a plan workbook: the list is written as CSV, never into {planFolder} (paste it into the customers sheet, or convert the plan to a folder first with 'analytics plan convert').")
            : Path.Combine(planFolder, PlanFiles.Customers));
        var seed = (ulong)args.Long("--seed", (long)CustomerListGenerator.ShippedSeed, 0, long.MaxValue);
        var spec = planFolder is null ? new CustomerListSpec() : SpecOf(planFolder);
        var customers = CustomerListGenerator.Generate(spec, seed);
        var inputs = planFolder is null ? null : PlanSource.FilesOf(planFolder).Where(f => PlanSource.IsWorkbookPath(planFolder) || Path.GetFileName(f) != PlanFiles.Customers);
        SafeFile.Write(output, s => CustomerCsv.Write(s, customers), inputs, overwrite: args.Has("--force"), CustomersMark);
        var due = customers.Where(c => c.IsDueIn(spec.PlanYear)).ToArray();
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {customers.Count} customers to {output} (seed {seed}): {due.Length} due in {spec.PlanYear}, renewal potential {Formats.PlainAmount(due.Sum(c => c.RenewalOrder))} 萬元."));
        return ExitCodes.Ok;
    }

    // A plan must load before its customers are drawn, so its customers.csv exists: a header-only file (the
    // README's way to start) may be replaced with --force, as may a list this command wrote; a user's list never.
    private static readonly OutputMark CustomersMark = new(
        "analytics",
        "--out",
        full => Provenance.IsOurs(full) || File.ReadLines(full).Skip(1).All(string.IsNullOrWhiteSpace),
        Record: true);

    private static CustomerListSpec SpecOf(string planFolder)
    {
        var plan = PlanLoader.Load(planFolder);
        try
        {
            return PlanCustomerSpec.From(plan);
        }
        catch (ArgumentException e)
        {
            throw new InputException(PlanSource.IsWorkbookPath(planFolder) ? planFolder : Path.Combine(planFolder, PlanFiles.Facts), 0, null, ExceptionText.Message(e), "facts a customer list can be drawn from (existing_customers >= renewal_due_customers, at least one industry and region)");
        }
    }

    private static int Actuals(ParsedArguments args, CliContext context)
    {
        var output = args.Text("--out") ?? throw new UsageException("--out FILE is required.");
        var pipelineOutput = args.Text("--pipeline");
        var through = args.Text("--through") ?? throw new UsageException("--through YYYY-MM is required (the last month to give, e.g. 2026-06).");
        var planFolder = args.Text("--plan") ?? CliApp.DefaultPlanDirectory;
        var seed = (ulong)args.Long("--seed", (long)SampleYearGenerator.ShippedSeed, 0, long.MaxValue);
        var force = args.Has("--force");
        var plan = PlanLoader.Load(planFolder);
        var month = through.Length == 7 && through[4] == '-' && int.TryParse(through[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && int.TryParse(through[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            ? (year == plan.Facts.PlanYear ? m : throw new UsageException($"--through must be a month of the plan year {plan.Facts.PlanYear.ToString(CultureInfo.InvariantCulture)}; was {through}."))
            : throw new UsageException($"--through must be a month written YYYY-MM, e.g. {CalendarMonths.Label(plan.Facts.PlanYear, 6)}; was \"{through}\".");
        var scenarioPath = PlanScenario.Resolve(planFolder);
        var inputs = PlanSource.FilesOf(planFolder).Append(scenarioPath).ToArray();
        SafeFile.CheckWritable(output, inputs, force);
        if (pipelineOutput is not null)
        {
            SafeFile.CheckWritable(pipelineOutput, [.. inputs, output], force);
        }

        var decomposition = PlanDecomposer.Decompose(plan);
        var match = ScenarioPlanMatch.Check(ScenarioLoader.Load(scenarioPath), decomposition, scenarioPath);
        var sample = SampleYearGenerator.Generate(decomposition, match, month, seed);
        SafeFile.Write(output, s => TrackingCsv.WriteActuals(s, sample.Actuals), inputs, force);
        if (pipelineOutput is not null)
        {
            SafeFile.Write(pipelineOutput, s => TrackingCsv.WritePipeline(s, sample.Pipeline), [.. inputs, output], force);
        }

        var quarter = sample.QuarterCompletion is { } c ? string.Create(CultureInfo.InvariantCulture, $"; Q{sample.Quarter} at {Formats.Percent(c)} of its target") : string.Empty;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {sample.Actuals.Rows.Count} rows of actuals for January to {CalendarMonths.Label(plan.Facts.PlanYear, month)} to {output}{(pipelineOutput is null ? string.Empty : $" and {sample.Pipeline.Leads.Count + sample.Pipeline.Renewals.Count + sample.Pipeline.Benchmarks.Count} pipeline facts to {pipelineOutput}")} (seed {seed}, year {sample.Trial + 1} of those drawn{quarter}; synthetic, drawn from {scenarioPath})."));
        return ExitCodes.Ok;
    }
}
