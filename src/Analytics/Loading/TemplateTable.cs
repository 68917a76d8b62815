using System.Text;

namespace Analytics.Loading;

/// <summary>
/// One table of a plan as text cells: its file, its columns (header) and its rows. The template's tables
/// (<see cref="PlanTemplate"/>: example rows), and any plan's tables as a conversion copies them (<c>Export/PlanConversion</c>).
/// </summary>
/// <param name="File">The file name inside the plan folder, e.g. targets.csv (in a workbook, the sheet targets).</param>
/// <param name="Columns">The columns, in order: for the template every column the loader knows for the file, required first.</param>
/// <param name="Rows">The rows, one value per column (empty for a cell left blank).</param>
public sealed record TemplateTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The table as CSV text (UTF-8 without a byte-order mark when written; "\n" line ends; a value holding a comma or a quote is quoted).</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns.Select(Quote))).Append('\n');
        foreach (var row in Rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
