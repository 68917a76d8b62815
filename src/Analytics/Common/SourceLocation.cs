using System.Globalization;

namespace Analytics.Common;

/// <summary>
/// Where a figure came from: a file and a 1-based line (0 when the figure is not tied to a line,
/// e.g. a whole file), or a sheet of a workbook and its row. Carried by every loaded record so
/// findings can point back to it.
/// </summary>
/// <param name="File">The file's path as the user gave it (or its name for an in-memory source); for a sheet, the workbook's path.</param>
/// <param name="Line">1-based line number (for a sheet, the row number Excel shows); 0 when not applicable.</param>
public sealed record SourceLocation(string File, int Line)
{
    /// <summary>A location for a figure computed rather than read (e.g. a default).</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0);

    /// <summary>The sheet of the workbook <see cref="File"/> the row is on, e.g. "targets"; null for a line of a text file.</summary>
    public string? Sheet { get; init; }

    /// <summary>The location as a reader cites it without the folder it was run from: "phasing.csv:5", or "targets!14" for a sheet's row.</summary>
    public string Cited => Sheet is not null ? ToString() : new SourceLocation(Path.GetFileName(File), Line).ToString();

    /// <summary>"data/plc-2026/phasing.csv:5" for a line of a file, "targets!14" for row 14 of the sheet targets (Excel's own way to name a row).</summary>
    public override string ToString()
        => Sheet is not null
            ? Line > 0 ? $"{Sheet}!{Line.ToString(CultureInfo.InvariantCulture)}" : Sheet
            : Line > 0 ? $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}" : File;
}
