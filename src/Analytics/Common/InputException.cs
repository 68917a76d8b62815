using System.Globalization;
using System.Text;

namespace Analytics.Common;

/// <summary>
/// Input the toolkit cannot use: a missing or malformed file, a value out of range, an
/// inconsistent structure. It is the only exception a loader lets escape; the command line turns
/// it into a message (file, line, column, what was expected) and exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an input error at a place in a file.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="line">1-based line, or 0 when the error concerns the whole file.</param>
    /// <param name="column">Column name or 1-based position text, or null when not about one column.</param>
    /// <param name="problem">What is wrong, including the offending value.</param>
    /// <param name="expected">What would have been accepted, or null.</param>
    public InputException(string file, int line, string? column, string problem, string? expected = null)
        : this(file, null, line, null, column, problem, expected)
    {
    }

    /// <summary>Creates an input error at a loaded row (a line of a file, or a row of a workbook's sheet).</summary>
    /// <param name="at">The row; its line 0 for the whole file or sheet.</param>
    /// <param name="column">Column name, or null when not about one column.</param>
    /// <param name="problem">What is wrong, including the offending value.</param>
    /// <param name="expected">What would have been accepted, or null.</param>
    public InputException(SourceLocation at, string? column, string problem, string? expected = null)
        : this(Preconditions.NotNull(at).File, at.Sheet, at.Line, null, column, problem, expected)
    {
    }

    private InputException(string file, string? sheet, int line, string? cell, string? column, string problem, string? expected)
        : base(sheet is null ? Compose(file, line, column, problem, expected) : ComposeInSheet(file, sheet, line, cell, column, problem, expected))
    {
        File = file;
        Sheet = sheet;
        Line = line;
        Cell = cell;
        Column = column;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>
    /// An input error in a sheet of a workbook, located as Excel names places: "targets!C14" (a cell),
    /// "targets!14" (a row), or the sheet alone.
    /// </summary>
    /// <param name="workbook">The workbook as the user named it.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="row">1-based row, or 0 for the whole sheet.</param>
    /// <param name="cell">The cell's reference (e.g. "C14"), or null when the error is about a row or the sheet.</param>
    /// <param name="column">The column's header name, or null.</param>
    /// <param name="problem">What is wrong, including the offending value.</param>
    /// <param name="expected">What would have been accepted, or null.</param>
    public static InputException InSheet(string workbook, string sheet, int row, string? cell, string? column, string problem, string? expected = null)
        => new(workbook, Preconditions.NotNull(sheet), row, cell, column, problem, expected);

    /// <summary>The file as the user named it (for a sheet, the workbook).</summary>
    public string File { get; }

    /// <summary>The sheet of the workbook <see cref="File"/>, or null for a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The cell's reference in <see cref="Sheet"/> (e.g. "C14"), or null.</summary>
    public string? Cell { get; }

    /// <summary>1-based line, 0 when the error concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The column (header name and position), or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What would have been accepted, or null.</summary>
    public string? Expected { get; }

    private static string ComposeInSheet(string workbook, string sheet, int row, string? cell, string? column, string problem, string? expected)
    {
        var place = cell is not null ? $"{sheet}!{cell}" : row > 0 ? $"{sheet}!{row.ToString(CultureInfo.InvariantCulture)}" : $"sheet {sheet}";
        var text = new StringBuilder(workbook).Append(": ").Append(place);
        if (column is not null)
        {
            text.Append(" (").Append(column).Append(')');
        }

        text.Append(": ").Append(problem);
        if (expected is not null)
        {
            text.Append("; expected ").Append(expected);
        }

        if (text[^1] != '.')
        {
            text.Append('.');
        }

        return text.ToString();
    }

    private static string Compose(string file, int line, string? column, string problem, string? expected)
    {
        var text = new StringBuilder(file);
        if (line > 0)
        {
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        text.Append(": ");
        if (column is not null)
        {
            text.Append("column ").Append(column).Append(": ");
        }

        text.Append(problem);
        if (expected is not null)
        {
            text.Append("; expected ").Append(expected);
        }

        if (text[^1] != '.')
        {
            text.Append('.');
        }

        return text.ToString();
    }
}
