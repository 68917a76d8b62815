using System.Globalization;
using Analytics.Cli.Parsing;
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

    public string Usage => "generate customers|history --out FILE|DIR [--plan PLAN_DIR] [--seed S] [--force]";

    public string Summary => $"Generate the fictitious existing-customer list (200 customers, 60 due in 2026; seed {CustomerListGenerator.ShippedSeed}, the shipped file's) or the plan's synthetic history of its past three years (orders, monthly sales, leads and wins, renewals; seed {HistoryGenerator.ShippedSeed}).";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE|DIR", "customers: the CSV file to write; history: the folder to write orders.csv, sales.csv, leads.csv and renewals.csv into (required; never overwritten unless --force)"),
        new("--plan", "PLAN_DIR", $"history: the plan whose past is generated (default {CliApp.DefaultPlanDirectory})"),
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
                if (args.Has("--plan"))
                {
                    throw new UsageException("--plan applies to generate history only.");
                }

                var output = args.Text("--out") ?? throw new UsageException("--out FILE is required.");
                var seed = (ulong)args.Long("--seed", (long)CustomerListGenerator.ShippedSeed, 0, long.MaxValue);
                var customers = CustomerListGenerator.Generate(new CustomerListSpec(), seed);
                SafeFile.Write(output, s => CustomerCsv.Write(s, customers), overwrite: args.Has("--force"));
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {customers.Count} customers to {output} (seed {seed})."));
                return ExitCodes.Ok;
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
}
