using System.Globalization;
using Analytics.Cli.Parsing;
using Analytics.Export;
using Analytics.Planning.Generation;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics generate customers --out FILE</c>: the seeded customer-list generator behind data/plc-2026/customers.csv.</summary>
internal sealed class GenerateCommand : ICommand
{
    public string Name => "generate";

    public string Usage => "generate customers --out FILE [--seed S] [--force]";

    public string Summary => $"Generate the fictitious existing-customer list (200 customers, 60 due in 2026) from a seed (default {CustomerListGenerator.ShippedSeed}, the shipped file's).";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE", "the CSV file to write (required; never overwritten unless --force)"),
        new("--seed", "S", $"generator seed (default {CustomerListGenerator.ShippedSeed})"),
        new("--force", null, "replace FILE if it exists"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var what = args.RequiredPositional(0, "what to generate (customers)");
        if (what != "customers")
        {
            throw new UsageException($"can only generate \"customers\"; got \"{what}\".");
        }

        var output = args.Text("--out") ?? throw new UsageException("--out FILE is required.");
        var seed = (ulong)args.Long("--seed", (long)CustomerListGenerator.ShippedSeed, 0, long.MaxValue);
        var customers = CustomerListGenerator.Generate(new CustomerListSpec(), seed);
        SafeFile.Write(output, s => CustomerCsv.Write(s, customers), overwrite: args.Has("--force"));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {customers.Count} customers to {output} (seed {seed})."));
        return ExitCodes.Ok;
    }
}
