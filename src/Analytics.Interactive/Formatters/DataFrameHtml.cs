using System.Globalization;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Formatters;

/// <summary>
/// A DataFrame as an HTML table (numbers right-aligned, nulls blank), capped at a number of rows.
/// Decimals as stated (planning money: 466.67) are shown as they are; doubles (model and simulation
/// figures) and computed decimals (more than four decimal places, e.g. a share from a division) to a
/// readable precision: one decimal from 1000 up, three below, four significant digits under 1.
/// The frame itself keeps full precision.
/// </summary>
public static class DataFrameHtml
{
    /// <summary>Rows shown at most (default 200); the rest is counted below the table.</summary>
    public const int DefaultMaxRows = 200;

    /// <summary>The table's HTML.</summary>
    public static string Table(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var numeric = frame.Columns.Select(c => c.DataType != typeof(string)).ToArray();
        var headers = frame.Columns.Select((c, i) => (numeric[i] ? ">" : string.Empty) + c.Name).ToArray();
        var shown = (int)Math.Min(frame.Rows.Count, maxRows);
        var rows = Enumerable.Range(0, shown).Select(r => (IReadOnlyList<string>)frame.Columns.Select(c => Cell(c[r])).ToArray());
        return HtmlBlocks.Wrap(w =>
        {
            w.Table(headers, rows);
            if (frame.Rows.Count > shown)
            {
                w.Paragraph($"{shown} / {frame.Rows.Count}", note: true);
            }
        });
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => Double(d),
        float f => Double(f),
        decimal m when m.Scale > 4 => Double((double)m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Double(double value) => !double.IsFinite(value) ? value.ToString(CultureInfo.InvariantCulture) : Math.Abs(value) switch
    {
        >= 1000 => value.ToString("#,0.0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("#,0.###", CultureInfo.InvariantCulture),
        _ => value.ToString("G4", CultureInfo.InvariantCulture),
    };
}
