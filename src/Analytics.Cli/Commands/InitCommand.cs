using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Export;
using Analytics.Loading;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics init DIR</c>: a new plan folder holding every table of <see cref="PlanTemplate"/>, never over existing files.</summary>
internal sealed class InitCommand : ICommand
{
    public string Name => "init";

    public string Usage => "init DIR";

    public string Summary => "Start a plan: write every table of a plan folder into DIR (new or empty), with its header and example rows marked as examples in their source column; then edit them and run 'audit DIR'.";

    public IReadOnlyList<OptionSpec> Options { get; } = [];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var folder = args.RequiredPositional(0, "the plan folder to create");
        if (File.Exists(folder))
        {
            throw new InputException(folder, 0, null, "is a file", "a new or empty folder for the plan");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new InputException(folder, 0, null, "the folder is not empty", "a new or empty folder: init never writes over a plan's files");
        }

        Directory.CreateDirectory(folder);
        foreach (var table in PlanTemplate.Tables)
        {
            SafeFile.WriteText(Path.Combine(folder, table.File), table.ToCsv());
        }

        context.Error.WriteLine($"Wrote {PlanTemplate.Tables.Count} tables to {folder} ({string.Join(", ", PlanTemplate.Tables.Select(t => t.File))}): every row is an example. Replace them with your plan's figures and sources (data/README.md documents every column), then run 'analytics audit {folder}'.");
        return ExitCodes.Ok;
    }
}
