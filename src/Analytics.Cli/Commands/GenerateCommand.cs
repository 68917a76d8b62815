using System.Globalization;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Export;
using Analytics.History.Generation;
using Analytics.Loading;
using Analytics.Planning.Generation;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics generate customers --out FILE</c>: the seeded customer-list generator behind
/// data/plc-2026/customers.csv; <c>analytics generate history --out DIR</c>: the seeded synthetic history
/// behind data/plc-2026/history.
/// </summary>
internal sealed class GenerateCommand : ICommand
{
    public string Name => "generate";

    public string Usage => "generate customers|history [--out FILE|DIR] [--plan PLAN_DIR] [--seed S] [--force]";

    public string Summary => $"Generate the fictitious existing-customer list (200 customers, 60 due in 2026; seed {CustomerListGenerator.ShippedSeed}, the shipped file's) or the plan's synthetic history of its past three years (orders, monthly sales, leads and wins, renewals; seed {HistoryGenerator.ShippedSeed}).";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE|DIR", "customers: the CSV file to write; history: the folder to write orders.csv, sales.csv, leads.csv and renewals.csv into (required; never overwritten unless --force)"),
        new("--plan", "PLAN_DIR", $"customers: draw the list from this plan's facts (counts, tiers, industries, regions, due customers, renewal potential; --out defaults to PLAN_DIR/customers.csv); history: the plan whose past is generated (default {CliApp.DefaultPlanDirectory})"),
        new("--seed", "S", $"generator seed (default {CustomerListGenerator.ShippedSeed} for customers, {HistoryGenerator.ShippedSeed} for history)"),
        new("--force", null, "replace files a previous run wrote (never a file it did not write)"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var what = args.RequiredPositional(0, "what to generate (customers or history)");
        switch (what)
        {
            case "customers":
                return Customers(args, context);
            case "history":
                var folder = args.Text("--out") ?? throw new UsageException("--out DIR is required.");
                var planFolder = args.Text("--plan") ?? CliApp.DefaultPlanDirectory;
                var plan = PlanLoader.Load(planFolder);
                var historySeed = (ulong)args.Long("--seed", (long)HistoryGenerator.ShippedSeed, 0, long.MaxValue);
                var history = HistoryGenerator.Generate(plan, new HistorySpec(), historySeed);
                Directory.CreateDirectory(folder);
                HistoryCsv.WriteAll(history, folder, args.Has("--force"), PlanFiles.All.Select(f => Path.Combine(planFolder, f)));
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {history.Orders.Count} orders, {history.Sales.Count} monthly sales, {history.Leads.Count} lead periods and {history.Renewals.Count} renewals for {history.Sales.Min(s => s.Year)}-{history.Sales.Max(s => s.Year)} to {folder} (seed {historySeed})."));
                return ExitCodes.Ok;
            default:
                throw new UsageException($"can only generate \"customers\" or \"history\"; got \"{what}\".");
        }
    }

    /// <summary>The shipped list (no --plan), or the list the plan's facts call for, written to --out (default with --plan: the plan's customers.csv).</summary>
    private static int Customers(ParsedArguments args, CliContext context)
    {
        var planFolder = args.Text("--plan");
        var output = args.Text("--out") ?? (planFolder is null ? throw new UsageException("--out FILE is required (or --plan PLAN_DIR, which writes PLAN_DIR/customers.csv).") : Path.Combine(planFolder, PlanFiles.Customers));
        var seed = (ulong)args.Long("--seed", (long)CustomerListGenerator.ShippedSeed, 0, long.MaxValue);
        var spec = planFolder is null ? new CustomerListSpec() : SpecOf(planFolder);
        var customers = CustomerListGenerator.Generate(spec, seed);
        var inputs = planFolder is null ? null : PlanFiles.All.Concat(PlanFiles.Optional).Where(f => f != PlanFiles.Customers).Select(f => Path.Combine(planFolder, f));
        SafeFile.Write(output, s => CustomerCsv.Write(s, customers), inputs, overwrite: args.Has("--force"));
        var due = customers.Where(c => c.IsDueIn(spec.PlanYear)).ToArray();
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {customers.Count} customers to {output} (seed {seed}): {due.Length} due in {spec.PlanYear}, renewal potential {Formats.PlainAmount(due.Sum(c => c.RenewalOrder))} 萬元."));
        return ExitCodes.Ok;
    }

    private static CustomerListSpec SpecOf(string planFolder)
    {
        var plan = PlanLoader.Load(planFolder);
        try
        {
            return PlanCustomerSpec.From(plan);
        }
        catch (ArgumentException e)
        {
            throw new InputException(Path.Combine(planFolder, PlanFiles.Facts), 0, null, e.Message.Split(" (Parameter", 2)[0], "facts a customer list can be drawn from (existing_customers >= renewal_due_customers, at least one industry and region)");
        }
    }
}
