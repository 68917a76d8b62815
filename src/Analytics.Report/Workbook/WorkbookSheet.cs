using Analytics.Common;

namespace Analytics.Report.Workbook;

/// <summary>How a cell is written: as text, or as a number with one of the workbook's number formats.</summary>
public enum CellKind
{
    /// <summary>Text, always a string cell (never a formula, whatever it starts with).</summary>
    Text,

    /// <summary>An amount in 萬元, shown with two decimals and thousands separators (#,##0.00).</summary>
    Amount,

    /// <summary>A fraction shown as a percentage with one decimal (0.0%).</summary>
    Percent,

    /// <summary>A whole number with thousands separators (#,##0).</summary>
    Integer,

    /// <summary>Any other number, shown as Excel's General format shows it.</summary>
    Number,
}

/// <summary>One cell of a results sheet: text, or a number (kept as decimal, so amounts are written exactly).</summary>
public readonly record struct WorkbookCell
{
    private WorkbookCell(CellKind kind, string? text, decimal value)
    {
        Kind = kind;
        Text = text;
        Value = value;
    }

    /// <summary>How the cell is written.</summary>
    public CellKind Kind { get; }

    /// <summary>The text of a <see cref="CellKind.Text"/> cell, else null.</summary>
    public string? Text { get; }

    /// <summary>The number of a numeric cell (0 for text).</summary>
    public decimal Value { get; }

    /// <summary>A text cell.</summary>
    public static WorkbookCell Of(string text) => new(CellKind.Text, Preconditions.NotNull(text), 0m);

    /// <summary>An amount in 萬元 (#,##0.00).</summary>
    public static WorkbookCell Amount(decimal wanYuan) => new(CellKind.Amount, null, wanYuan);

    /// <summary>An estimated amount in 萬元 (#,##0.00).</summary>
    public static WorkbookCell Amount(double wanYuan) => new(CellKind.Amount, null, ToDecimal(wanYuan));

    /// <summary>A fraction shown as a percentage (0.0%).</summary>
    public static WorkbookCell Percent(double fraction) => new(CellKind.Percent, null, ToDecimal(fraction));

    /// <summary>A whole number (#,##0).</summary>
    public static WorkbookCell Integer(long value) => new(CellKind.Integer, null, value);

    /// <summary>Any other number (General).</summary>
    public static WorkbookCell Number(double value) => new(CellKind.Number, null, ToDecimal(value));

    /// <summary>The text or number of the cell, as a test or a reader compares it.</summary>
    public override string ToString() => Text ?? Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static decimal ToDecimal(double value) => double.IsFinite(value)
        ? (decimal)value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "a workbook number must be finite.");
}

/// <summary>One sheet of a results workbook: its name, its header row (frozen, bold) and its rows.</summary>
/// <param name="Name">The sheet's name (at most 31 characters, none of : \ / ? * [ ]).</param>
/// <param name="Header">The column headers.</param>
/// <param name="Rows">The rows; each has at most as many cells as the header.</param>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows)
{
    /// <summary>The sheet's name.</summary>
    public string Name { get; } = Name is { Length: > 0 and <= 31 } && Name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0
        ? Name
        : throw new ArgumentException($"a sheet name has 1 to 31 characters and none of : \\ / ? * [ ]; was \"{Name}\".", nameof(Name));

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Header { get; } = Preconditions.NotEmpty(Header);

    /// <summary>The rows.</summary>
    public IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows { get; } = Preconditions.NotNull(Rows).FirstOrDefault(r => r.Count > Header.Count) is { } wide
        ? throw new ArgumentException($"sheet \"{Name}\": a row has {wide.Count} cells, the header {Header.Count} columns.", nameof(Rows))
        : Rows;
}
