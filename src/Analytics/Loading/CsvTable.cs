using System.Globalization;
using Analytics.Common;
using CsvHelper;

namespace Analytics.Loading;

/// <summary>
/// A CSV file read into memory and checked against a <see cref="CsvSchema"/>: the one place the
/// toolkit turns bytes into rows. Comma-separated, RFC 4180 quoting, UTF-8 (BOM optional), blank
/// lines skipped. Every defect is an <see cref="InputException"/> with file, line and column.
/// A sheet of a plan workbook is read into the same type (<see cref="Workbooks.WorkbookTables"/>), so the
/// loader reads both alike; its <see cref="Sheet"/> names the sheet and its rows' errors name cells.
/// </summary>
public sealed class CsvTable
{
    /// <summary>Files larger than this are refused before reading: no plan or fit file comes close.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, int> _columnIndex;

    internal CsvTable(string file, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows, string? sheet = null)
    {
        File = file;
        Sheet = sheet;
        Columns = columns;
        Rows = rows;
        _columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The file as the user named it, used in every message.</summary>
    public string File { get; }

    /// <summary>The sheet of the workbook <see cref="File"/> the table was read from, or null for a CSV file.</summary>
    public string? Sheet { get; }

    /// <summary>Where the table is (line 0: the whole file or sheet), for errors about it as a whole.</summary>
    public SourceLocation Location => new(File, 0) { Sheet = Sheet };

    /// <summary>The header, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The data rows, in file order, blank lines left out.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    internal int IndexOf(string column) => _columnIndex.TryGetValue(column, out var i) ? i : -1;

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or malformed.</exception>
    public static CsvTable Load(string path, CsvSchema schema)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new InputException(path, 0, null, "is a folder, not a file", "a CSV file");
            }

            if (!info.Exists)
            {
                throw new InputException(path, 0, null, "file not found", "a CSV file with the header " + schema.Describe());
            }

            if (info.Length > MaxFileBytes)
            {
                throw new InputException(path, 0, null, $"the file is {info.Length.ToString(CultureInfo.InvariantCulture)} bytes, larger than the {MaxFileBytes.ToString(CultureInfo.InvariantCulture)} bytes this toolkit reads", null);
            }

            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, null, "cannot be read: " + e.Message);
        }

        return Parse(TextDecoding.Decode(bytes, path), path, schema);
    }

    /// <summary>Reads CSV bytes from a stream (UTF-8, BOM optional).</summary>
    public static CsvTable Read(Stream stream, string file, CsvSchema schema)
        => Parse(TextDecoding.Decode(stream, file), file, schema);

    /// <summary>Reads CSV text from a reader.</summary>
    public static CsvTable Read(TextReader reader, string file, CsvSchema schema)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        return Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, file, schema);
    }

    /// <summary>Parses CSV text already in memory.</summary>
    public static CsvTable Parse(string text, string file, CsvSchema schema)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(schema);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(file, 0, null, "the file is empty", "a header line: " + schema.Describe());
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = false,
            FormatProvider = CultureInfo.InvariantCulture,
        };

        try
        {
            using var reader = CsvReader.FromText(text, options);
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            var headerLine = 1 + text.TakeWhile(c => c is '\n' or '\r').Count(c => c == '\n');
            CheckHeader(header, file, headerLine, schema);

            var rows = new List<TableRow>();
            var fields = new List<string>(header.Length);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                fields.Clear();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    fields.Add(reader.GetString(i));
                }

                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue; // a row of empty cells is a blank line a spreadsheet wrote
                }

                if (fields.Count != header.Length)
                {
                    throw new InputException(
                        file,
                        line,
                        null,
                        $"the row has {fields.Count.ToString(CultureInfo.InvariantCulture)} fields but the header has {header.Length.ToString(CultureInfo.InvariantCulture)}" +
                        (fields.Count > header.Length ? " (an unquoted comma, or a stray column?)" : " (a truncated row?)"),
                        $"{header.Length.ToString(CultureInfo.InvariantCulture)} comma-separated fields: {string.Join(',', header)}");
                }

                rows.Add(new TableRow(file, line, header, fields.Select(f => f.Trim()).ToArray()));
            }

            return new CsvTable(file, header, rows);
        }
        catch (CsvFormatException e)
        {
            throw new InputException(file, (int)e.LineNumber, null, "malformed CSV: " + Describe(e), "RFC 4180 quoting: a field with a comma, quote or line break is enclosed in double quotes, and a quote inside it is doubled");
        }
    }

    private static string Describe(CsvFormatException e)
    {
        // CsvHelper's message repeats the record and line we already report; keep the reason.
        var message = e.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return (colon >= 0 ? message[(colon + 3)..] : message).TrimEnd('.');
    }

    private static void CheckHeader(string[] header, string file, int line, CsvSchema schema)
    {
        // Spreadsheets in Chinese and European locales export with ';' or tabs: one long "column".
        if (header.Length == 1 && (schema.All.Count() > 1 || schema.OtherColumns))
        {
            foreach (var separator in new[] { ';', '\t', '|' })
            {
                if (header[0].Contains(separator, StringComparison.Ordinal))
                {
                    var shown = separator == '\t' ? "tab" : $"'{separator}'";
                    throw new InputException(file, line, null, $"the header is one column with {shown} inside: the file seems to be separated by {shown}, not commas", "comma-separated values (re-export as CSV with ',' as the separator): " + schema.Describe());
                }
            }
        }

        CheckHeader(header, schema, (i, name, problem, expected) =>
        {
            var position = i < 0 ? null : (i + 1).ToString(CultureInfo.InvariantCulture);
            return new InputException(file, line, name is null ? position : $"{position} ({name})", problem, expected);
        });
    }

    /// <summary>
    /// The header's checks, one definition for a CSV file and a workbook's sheet: no empty or repeated name, no
    /// unknown column (unless the schema takes other columns), every required column present.
    /// </summary>
    /// <param name="header">The column names, trimmed.</param>
    /// <param name="schema">The columns expected.</param>
    /// <param name="error">The error at a 0-based column (-1 for the header as a whole) and its name (null for an empty name or the whole header).</param>
    internal static void CheckHeader(IReadOnlyList<string> header, CsvSchema schema, Func<int, string?, string, string, InputException> error)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (name.Length == 0)
            {
                throw error(i, null, "the header has an empty column name", "the header " + schema.Describe());
            }

            if (seen.TryGetValue(name, out var first))
            {
                throw error(i, name, $"the column \"{name}\" appears twice (first as column {(first + 1).ToString(CultureInfo.InvariantCulture)})", "each column once: " + schema.Describe());
            }

            seen[name] = i;
            if (!schema.OtherColumns && !schema.All.Contains(name, StringComparer.Ordinal))
            {
                var hint = schema.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
                throw error(i, name, $"unknown column \"{name}\"" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "the header " + schema.Describe());
            }
        }

        var missing = schema.Required.Where(c => !seen.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw error(-1, null, "the header lacks the column" + (missing.Length > 1 ? "s " : " ") + string.Join(", ", missing.Select(m => "\"" + m + "\"")), "the header " + schema.Describe());
        }
    }
}
