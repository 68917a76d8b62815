using System.Globalization;
using Analytics.Common;
using Analytics.Loading.Workbooks;

namespace Analytics.Loading;

/// <summary>
/// One data row of a <see cref="CsvTable"/>, with typed getters that fail with the file, line and
/// column of the offending cell (for a workbook's sheet: the sheet and the cell, "targets!C14").
/// Values are trimmed; an empty cell is "missing".
/// </summary>
public sealed class TableRow
{
    /// <summary>Largest amount accepted (萬元): far beyond any plan, small enough that sums of many rows stay exact in decimal.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private readonly IReadOnlyList<string> _header;
    private readonly string[] _fields;

    internal TableRow(string file, int line, IReadOnlyList<string> header, string[] fields, string? sheet = null)
    {
        File = file;
        Line = line;
        Sheet = sheet;
        _header = header;
        _fields = fields;
    }

    /// <summary>The file the row came from.</summary>
    public string File { get; }

    /// <summary>The 1-based line the row starts on (for a sheet, its row number).</summary>
    public int Line { get; }

    /// <summary>The sheet of the workbook <see cref="File"/> the row is on, or null for a CSV file.</summary>
    public string? Sheet { get; }

    /// <summary>Where the row is, for records and findings.</summary>
    public SourceLocation Location => new(File, Line) { Sheet = Sheet };

    /// <summary>The raw (trimmed) text of a column; empty when the column is absent or the cell empty.</summary>
    public string Raw(string column)
    {
        var i = IndexOf(column);
        return i < 0 ? string.Empty : _fields[i];
    }

    /// <summary>A required text cell.</summary>
    public string Text(string column)
    {
        var value = Raw(column);
        return value.Length > 0 ? value : throw Error(column, "the value is empty", "a text");
    }

    /// <summary>An optional text cell: null when empty.</summary>
    public string? OptionalText(string column)
    {
        var value = Raw(column);
        return value.Length > 0 ? value : null;
    }

    /// <summary>An identifier: letters, digits, '_', '-' and '.', no spaces (so it can be referenced from other files).</summary>
    public string Id(string column)
    {
        var value = Text(column);
        if (!value.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw Error(column, $"\"{value}\" is not a valid identifier", "letters, digits, '_', '-' or '.' without spaces");
        }

        return value;
    }

    /// <summary>An optional identifier: null when empty.</summary>
    public string? OptionalId(string column) => Raw(column).Length == 0 ? null : Id(column);

    /// <summary>A required amount of money (萬元), in [0, <see cref="MaxAmount"/>].</summary>
    public decimal Amount(string column)
        => OptionalAmount(column) ?? throw Error(column, "the value is empty", "an amount >= 0 in 萬元");

    /// <summary>An optional amount of money (萬元): null when empty.</summary>
    public decimal? OptionalAmount(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!NumberText.TryParseDecimal(text, out var value, out var problem))
        {
            throw Error(column, problem!, "an amount >= 0 in 萬元, written like 1234.5");
        }

        if (value < 0)
        {
            throw Error(column, $"the amount {Format(value)} is negative", "an amount >= 0");
        }

        if (value > MaxAmount)
        {
            throw Error(column, $"the amount {Format(value)} is implausibly large", $"an amount <= {Format(MaxAmount)} 萬元");
        }

        return value;
    }

    /// <summary>A required share: a fraction in [0, 1].</summary>
    public decimal Share(string column)
        => OptionalShare(column) ?? throw Error(column, "the value is empty", "a share in [0, 1] (0.28 for 28%)");

    /// <summary>An optional share: null when empty.</summary>
    public decimal? OptionalShare(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!NumberText.TryParseDecimal(text, out var value, out var problem))
        {
            throw Error(column, problem!, "a share in [0, 1] (0.28 for 28%)");
        }

        if (value is < 0 or > 1)
        {
            throw Error(column, $"the share {Format(value)} is outside [0, 1]" + (value > 1 ? " (over 100%)" : string.Empty), "a share in [0, 1] (0.28 for 28%)");
        }

        return value;
    }

    /// <summary>A required exact decimal in [<paramref name="min"/>, <paramref name="max"/>] (may be negative, e.g. a growth rate).</summary>
    public decimal Decimal(string column, decimal min, decimal max)
    {
        var text = Raw(column);
        var expected = $"a number in [{Format(min)}, {Format(max)}]";
        if (!NumberText.TryParseDecimal(text, out var value, out var problem))
        {
            throw Error(column, problem!, expected);
        }

        return value < min || value > max ? throw Error(column, $"{Format(value)} is out of range", expected) : value;
    }

    /// <summary>A required finite number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Number(string column, double min = double.MinValue, double max = double.MaxValue)
        => OptionalNumber(column, min, max) ?? throw Error(column, "the value is empty", Range(min, max));

    /// <summary>An optional finite number: null when empty.</summary>
    public double? OptionalNumber(string column, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!NumberText.TryParseDouble(text, out var value, out var problem))
        {
            throw Error(column, problem!, Range(min, max));
        }

        if (value < min || value > max)
        {
            throw Error(column, $"{Format(value)} is out of range", Range(min, max));
        }

        return value;
    }

    /// <summary>A required whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Integer(string column, int min = int.MinValue, int max = int.MaxValue)
        => OptionalInteger(column, min, max) ?? throw Error(column, "the value is empty", IntRange(min, max));

    /// <summary>An optional whole number: null when empty.</summary>
    public int? OptionalInteger(string column, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!NumberText.TryParseInt(text, out var value, out var problem))
        {
            throw Error(column, problem!, IntRange(min, max));
        }

        if (value < min || value > max)
        {
            throw Error(column, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range", IntRange(min, max));
        }

        return value;
    }

    /// <summary>One of a fixed set of words (matched exactly).</summary>
    public T Choice<T>(string column, IReadOnlyDictionary<string, T> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = Text(column);
        return choices.TryGetValue(text, out var value)
            ? value
            : throw Error(column, $"\"{text}\" is not one of the allowed values", "one of " + string.Join(", ", choices.Keys));
    }

    /// <summary>An error about a cell of this row, for checks made by the caller.</summary>
    public InputException Error(string column, string problem, string? expected = null)
    {
        var i = IndexOf(column);
        if (Sheet is not null)
        {
            return InputException.InSheet(File, Sheet, Line, i < 0 ? null : CellReference.Name(i, Line), column, problem, expected);
        }

        var where = i < 0 ? column : $"{(i + 1).ToString(CultureInfo.InvariantCulture)} ({column})";
        return new InputException(File, Line, where, problem, expected);
    }

    /// <summary>An error about the row as a whole.</summary>
    public InputException RowError(string problem, string? expected = null)
        => new(Location, null, problem, expected);

    private int IndexOf(string column)
    {
        for (var i = 0; i < _header.Count; i++)
        {
            if (string.Equals(_header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Range(double min, double max)
        => (min, max) switch
        {
            (double.MinValue, double.MaxValue) => "a finite number",
            (_, double.MaxValue) => $"a finite number >= {Format(min)}",
            (double.MinValue, _) => $"a finite number <= {Format(max)}",
            _ => $"a finite number in [{Format(min)}, {Format(max)}]",
        };

    private static string IntRange(int min, int max)
        => (min, max) switch
        {
            (int.MinValue, int.MaxValue) => "a whole number",
            (_, int.MaxValue) => $"a whole number >= {min.ToString(CultureInfo.InvariantCulture)}",
            _ => $"a whole number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]",
        };
}
