using System.Text;

namespace Analytics.Loading;

/// <summary>One table of the plan template: its file, its columns (header) and its example rows.</summary>
/// <param name="File">The file name inside the plan folder, e.g. targets.csv.</param>
/// <param name="Columns">Every column the loader knows for the file, required first.</param>
/// <param name="Rows">The example rows, one value per column (empty for a column left blank).</param>
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
