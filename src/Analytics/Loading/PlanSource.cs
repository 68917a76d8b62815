using Analytics.Common;
using Analytics.Loading.Workbooks;

namespace Analytics.Loading;

/// <summary>
/// A plan as the user names it on the command line or in a notebook: a folder of CSV files, or one .xlsx workbook
/// with a sheet per table. The one place a plan path is resolved: which tables it reads (<see cref="OpenTables"/>),
/// the folder its own companion files live in (scenario.json, actuals.csv: the plan folder itself, or the workbook's
/// folder), its name, and the files a command must never write over.
/// </summary>
public sealed record PlanSource
{
    private PlanSource(string path, bool isWorkbook)
    {
        Path = path;
        IsWorkbook = isWorkbook;
    }

    /// <summary>The extension a plan workbook has.</summary>
    public const string WorkbookExtension = ".xlsx";

    /// <summary>The plan's path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>Whether the plan is one workbook (else a folder of CSV files).</summary>
    public bool IsWorkbook { get; }

    /// <summary>The folder the plan's companion files are looked up in: the plan folder, or the folder holding the workbook.</summary>
    public string Folder => IsWorkbook ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))! : Path;

    /// <summary>The plan's name: the folder's name, or the workbook's file name without ".xlsx" (plc-2026 for data/plc-2026 and for plc-2026.xlsx).</summary>
    public string Name => IsWorkbook
        ? System.IO.Path.GetFileNameWithoutExtension(Path)
        : System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(Path)));

    /// <summary>The files the plan is read from, which no command writes over: the workbook, or every table file a folder may hold.</summary>
    public IReadOnlyList<string> Files => FilesOf(Path);

    /// <summary>The files the plan at <paramref name="path"/> is read from (see <see cref="Files"/>), whether or not they exist.</summary>
    public static IReadOnlyList<string> FilesOf(string path)
        => IsWorkbookPath(path) ? [path] : [.. PlanFiles.All.Concat(PlanFiles.Optional).Select(f => System.IO.Path.Combine(path, f))];

    /// <summary>Whether <paramref name="path"/> names a workbook (by its extension), whether or not it exists.</summary>
    public static bool IsWorkbookPath(string path) => Preconditions.NotNull(path).EndsWith(WorkbookExtension, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path);

    /// <summary>The plan at <paramref name="path"/>: an existing folder, or an existing .xlsx file.</summary>
    /// <exception cref="InputException">Nothing is there, or a file that is not an .xlsx workbook.</exception>
    public static PlanSource Of(string path)
    {
        Preconditions.NotNull(path);
        var expected = "a folder holding " + string.Join(", ", PlanFiles.All) + ", or an .xlsx workbook with a sheet per table";
        if (Directory.Exists(path))
        {
            return new PlanSource(path, isWorkbook: false);
        }

        if (File.Exists(path))
        {
            return IsWorkbookPath(path)
                ? new PlanSource(path, isWorkbook: true)
                : throw new InputException(path, 0, null, "is a file, not a plan folder" + (path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? " (a legacy .xls workbook: save it as .xlsx)" : string.Empty), expected);
        }

        return IsWorkbookPath(path)
            ? throw new InputException(path, 0, null, "plan workbook not found", expected)
            : throw new InputException(path, 0, null, "plan folder not found", expected);
    }

    /// <summary>Opens the plan's tables: the CSV files of the folder, or the sheets of the workbook (its file checked first).</summary>
    /// <exception cref="InputException">The workbook cannot be read (see <see cref="WorkbookTables.Open"/>).</exception>
    public ITableSource OpenTables() => IsWorkbook ? WorkbookTables.Open(Path) : new CsvFolder(Path);
}
