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
        : base(Compose(file, line, column, problem, expected))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>1-based line, 0 when the error concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The column (header name and position), or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What would have been accepted, or null.</summary>
    public string? Expected { get; }

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
