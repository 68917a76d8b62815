using System.Text;

namespace Analytics.Cli.Output;

/// <summary>
/// A plain-text table that lines up in a terminal even with Chinese text: a CJK character takes
/// two columns, so padding counts display width, not characters.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]?> _rows = [];

    /// <summary>Creates a table; columns whose header starts with '>' are right-aligned (numbers).</summary>
    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
    }

    /// <summary>Adds a row; missing trailing cells are blank.</summary>
    public TextTable Row(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length > _headers.Length)
        {
            throw new ArgumentException($"A row has {cells.Length} cells but the table has {_headers.Length} columns.", nameof(cells));
        }

        _rows.Add(Enumerable.Range(0, _headers.Length).Select(i => i < cells.Length ? cells[i] ?? string.Empty : string.Empty).ToArray());
        return this;
    }

    /// <summary>Adds a separator line (e.g. before a total).</summary>
    public TextTable Separator()
    {
        _rows.Add(null);
        return this;
    }

    /// <summary>Writes the table.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = _headers.Select(DisplayWidth).ToArray();
        foreach (var row in _rows.OfType<string[]>())
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));
            }
        }

        output.WriteLine(Line(_headers, widths));
        output.WriteLine(Rule(widths));
        foreach (var row in _rows)
        {
            output.WriteLine(row is null ? Rule(widths) : Line(row, widths));
        }
    }

    /// <summary>Columns a text takes in a terminal: 2 for East Asian wide characters, 1 otherwise.</summary>
    public static int DisplayWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private string Line(string[] cells, int[] widths)
    {
        var text = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var pad = new string(' ', widths[i] - DisplayWidth(cells[i]));
            text.Append(_rightAligned[i] ? pad + cells[i] : cells[i] + pad);
            if (i < cells.Length - 1)
            {
                text.Append("  ");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Rule(int[] widths) => string.Join("  ", widths.Select(w => new string('-', w)));

    private static bool IsWide(int c)
        => c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x20000 and <= 0x3FFFD;
}
