using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Export;

/// <summary>
/// A plan converted between its two forms, a folder of CSV files and one .xlsx workbook, table by table and cell by
/// cell (<c>analytics plan convert</c>): every table the source holds, its columns in their order, every value as
/// written, so converting back gives the same tables. Nothing is checked beyond what reading a table checks (header,
/// cells), so a plan under repair converts too. Outputs go through <see cref="SafeFile"/>: never over a file or folder
/// the user made.
/// </summary>
public static class PlanConversion
{
    /// <summary>The plan's tables as text: the required ones, then the optional ones it holds.</summary>
    /// <exception cref="InputException">A table is missing or its header or a cell is malformed.</exception>
    public static IReadOnlyList<TemplateTable> Tables(PlanSource plan)
    {
        Preconditions.NotNull(plan);
        using var source = plan.OpenTables();
        var tables = new List<TemplateTable>();
        foreach (var file in PlanFiles.All.Concat(PlanFiles.Optional.Where(source.Has)))
        {
            var table = source.Read(file, PlanFiles.SchemaOf(file));
            tables.Add(new TemplateTable(file, table.Columns, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. table.Columns.Select(r.Raw)])]));
        }

        return tables;
    }

    /// <summary>The path a conversion writes without --out: beside the plan, named like it (data/plc-2026 → data/plc-2026.xlsx; plans/acme.xlsx → plans/acme).</summary>
    public static string DefaultOutput(PlanSource plan, bool toWorkbook)
    {
        Preconditions.NotNull(plan);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(plan.Path)))!;
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(parent, plan.Name + (toWorkbook ? PlanSource.WorkbookExtension : string.Empty)));
    }

    /// <summary>Writes <paramref name="tables"/> as a new workbook at <paramref name="path"/> (never over an existing file).</summary>
    /// <exception cref="IOException">The file exists or cannot be written.</exception>
    public static void WriteWorkbook(string path, IReadOnlyList<TemplateTable> tables, IEnumerable<string>? inputs = null)
    {
        Preconditions.NotBlank(path);
        if (!PlanSource.IsWorkbookPath(path))
        {
            throw new ArgumentException($"\"{path}\" does not end in {PlanSource.WorkbookExtension}; Excel opens a workbook by its extension.", nameof(path));
        }

        SafeFile.Write(path, stream => PlanWorkbook.Write(stream, tables), inputs, overwrite: false);
    }

    /// <summary>Writes <paramref name="tables"/> as CSV files into <paramref name="folder"/>, which must be new or empty.</summary>
    /// <exception cref="IOException">The folder holds anything, is a file, or a file cannot be written.</exception>
    public static void WriteFolder(string folder, IReadOnlyList<TemplateTable> tables, IEnumerable<string>? inputs = null)
    {
        Preconditions.NotBlank(folder);
        Preconditions.NotNull(tables);
        if (File.Exists(folder))
        {
            throw new IOException($"{folder}: is a file; a plan folder is written into a new or empty folder.");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"{folder}: the folder is not empty; a plan is written into a new or empty folder, never over a plan's files.");
        }

        Directory.CreateDirectory(folder);
        var read = inputs?.ToArray() ?? [];
        foreach (var table in tables)
        {
            SafeFile.WriteText(Path.Combine(folder, table.File), table.ToCsv(), read);
        }
    }
}
