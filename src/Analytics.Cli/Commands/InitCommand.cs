using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Export;
using Analytics.Loading;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics init DIR</c>: a new plan folder holding every table of <see cref="PlanTemplate"/>; <c>analytics init --xlsx FILE</c>:
/// the same tables as the sheets of a new workbook (<see cref="PlanWorkbook"/>). Never over existing files.
/// </summary>
internal sealed class InitCommand : ICommand
{
    public string Name => "init";

    public string Usage => "init DIR | init --xlsx FILE.xlsx";

    public string Summary => "Start a plan: write every table of a plan folder into DIR (new or empty), with its header and example rows marked as examples in their source column; then edit them and run 'audit DIR'. With --xlsx, the same tables as the sheets of one new workbook.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--xlsx", "FILE.xlsx", "write the template as one workbook instead, a sheet per table (named like the CSV files without .csv); never over an existing file"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        if (args.Text("--xlsx") is { } workbook)
        {
            if (args.Positionals.Count > 0)
            {
                throw new UsageException($"give DIR or --xlsx FILE, not both (got \"{args.Positionals[0]}\" and --xlsx {workbook}).");
            }

            if (!PlanSource.IsWorkbookPath(workbook))
            {
                throw new UsageException($"--xlsx: \"{workbook}\" is not an .xlsx file name; Excel opens a workbook by its extension.");
            }

            PlanConversion.WriteWorkbook(workbook, PlanTemplate.Tables);
            context.Error.WriteLine($"Wrote {workbook}: {PlanTemplate.Tables.Count} sheets ({string.Join(", ", PlanTemplate.Tables.Select(t => PlanFiles.TableName(t.File)))}): every row is an example. Replace them with your plan's figures and sources (data/README.md documents every column; number columns take number cells), then run 'analytics audit {workbook}'.");
            return ExitCodes.Ok;
        }

        var folder = args.RequiredPositional(0, "the plan folder to create (or --xlsx FILE for a workbook)");
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
