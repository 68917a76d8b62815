using System.Globalization;
using System.Xml;
using Analytics.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Loading.Workbooks;

/// <summary>
/// The sheets of one .xlsx workbook as tables (<see cref="CsvTable"/>), the workbook form of a plan: one sheet per
/// table, named like the CSV file without ".csv", the same columns in its first row. Sheets are streamed with
/// DocumentFormat.OpenXml's SAX reader (<see cref="OpenXmlReader"/>), one cell in memory at a time besides the rows kept.
/// Cells are read as the file stores them: a number by its raw value (invariant culture, never as displayed), text from
/// the shared strings or inline, and anything else refused at its cell ("targets!C4"): a formula, a date, a boolean,
/// an error value, text in a number column (<see cref="CsvSchema.Numbers"/>), merged cells, a value right of the header.
/// Hidden sheets are refused when the workbook opens; the file itself is checked first (<see cref="WorkbookFile"/>).
/// </summary>
public sealed class WorkbookTables : ITableSource
{
    // Excel's built-in number formats that show a date or time (ECMA-376 18.8.30; 27-36 and 50-58 in the East Asian locales).
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    private readonly string _path;
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, WorksheetPart?> _sheets;
    private readonly bool[] _dateStyles;
    private IReadOnlyList<string>? _sharedStrings;

    private WorkbookTables(string path, SpreadsheetDocument document, Dictionary<string, WorksheetPart?> sheets, bool[] dateStyles)
    {
        _path = path;
        _document = document;
        _sheets = sheets;
        _dateStyles = dateStyles;
    }

    /// <summary>The sheets' names, in tab order.</summary>
    public IReadOnlyList<string> SheetNames => [.. _sheets.Keys];

    /// <summary>Opens the workbook at <paramref name="path"/> after <see cref="WorkbookFile.Check"/>; refuses hidden sheets.</summary>
    /// <exception cref="InputException">The file is not a readable .xlsx workbook, or a sheet is hidden.</exception>
    public static WorkbookTables Open(string path)
    {
        WorkbookFile.Check(path);
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = WorkbookLimits.MaxUncompressedBytes });
            var workbookPart = document.WorkbookPart ?? throw new InputException(path, 0, null, "the file is a zip archive but holds no workbook", "an .xlsx workbook saved by Excel, WPS or LibreOffice");
            var entries = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToArray() ?? [];
            var hidden = entries.Where(s => s.State?.Value is { } state && state != SheetStateValues.Visible).Select(s => $"\"{s.Name?.Value}\"").ToArray();
            if (hidden.Length > 0)
            {
                throw new InputException(path, 0, null, $"the workbook has hidden sheet{(hidden.Length > 1 ? "s" : string.Empty)} {string.Join(", ", hidden)}: a plan read from a sheet nobody sees cannot be reviewed", "every sheet visible (in Excel: right-click a tab > Unhide), or the hidden ones deleted");
            }

            var sheets = new Dictionary<string, WorksheetPart?>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var id = entry.Id?.Value;
                sheets[entry.Name?.Value ?? string.Empty] = id is not null && workbookPart.TryGetPartById(id, out var part) ? part as WorksheetPart : null;
            }

            var tables = new WorkbookTables(path, document, sheets, DateStyles(workbookPart));
            document = null;
            return tables;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw new InputException(path, 0, null, "the workbook cannot be read: " + ExceptionText.Message(e), "an .xlsx workbook saved by Excel, WPS or LibreOffice");
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <inheritdoc />
    public bool Has(string file) => _sheets.ContainsKey(PlanFiles.TableName(file));

    /// <inheritdoc />
    public string Describe(string file) => $"{_path} (sheet {PlanFiles.TableName(file)})";

    /// <inheritdoc />
    public CsvTable Read(string file, CsvSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sheet = PlanFiles.TableName(file);
        if (!_sheets.TryGetValue(sheet, out var part))
        {
            var near = _sheets.Keys.FirstOrDefault(k => string.Equals(k.Trim(), sheet, StringComparison.OrdinalIgnoreCase));
            throw new InputException(_path, 0, null, $"the workbook has no sheet \"{sheet}\"" + (near is null ? string.Empty : $" (there is \"{near}\": sheet names are matched exactly)") + $"; its sheets are {string.Join(", ", _sheets.Keys.Select(k => $"\"{k}\""))}", $"a sheet \"{sheet}\" with the columns of {file}: {schema.Describe()}");
        }

        if (part is null)
        {
            throw InputException.InSheet(_path, sheet, 0, null, null, "the sheet is a chart or dialog sheet, not a worksheet", $"a worksheet with the columns of {file}: {schema.Describe()}");
        }

        try
        {
            return new SheetReader(this, sheet, schema).Read(part);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or FormatException)
        {
            throw InputException.InSheet(_path, sheet, 0, null, null, "the sheet cannot be read: " + ExceptionText.Message(e), "a worksheet saved by Excel, WPS or LibreOffice");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();

    /// <summary>Which cell styles (by index into cellXfs) show a number as a date or time.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        return [.. stylesheet.CellFormats.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is { } id && (custom.TryGetValue(id, out var code) ? IsDateCode(code) : BuiltInDateFormats.Contains(id)))];
    }

    /// <summary>Whether a number format code shows a date or time: a y, m, d, h or s outside quotes, brackets and escapes ("0.00" is not; "yyyy-mm-dd", "[h]:mm" are).</summary>
    internal static bool IsDateCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    var inside = close < 0 ? string.Empty : code[(i + 1)..close].ToLowerInvariant();
                    if (inside.Length > 0 && inside.All(c => c is 'h' or 'm' or 's'))
                    {
                        return true; // elapsed time, [h]:mm
                    }

                    i = close < 0 ? code.Length : close;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }

    private IReadOnlyList<string> SharedStrings()
    {
        if (_sharedStrings is not null)
        {
            return _sharedStrings;
        }

        var strings = new List<string>();
        if (_document.WorkbookPart?.SharedStringTablePart is { } part)
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
                }
            }
        }

        return _sharedStrings = strings;
    }

    /// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined (phonetic hints left out).</summary>
    private static string TextOf(OpenXmlCompositeElement item)
        => item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>One sheet read into a table against its schema.</summary>
    private sealed class SheetReader(WorkbookTables workbook, string sheet, CsvSchema schema)
    {
        private readonly HashSet<string> _numbers = new(schema.Numbers, StringComparer.Ordinal);
        private readonly List<TableRow> _rows = [];
        private string[]? _header;
        private int _headerRow;
        private string?[] _cells = new string?[16];
        private int _row;
        private int _rowCount;
        private bool _rowHasCells;
        private int _nextColumn;

        public CsvTable Read(WorksheetPart part)
        {
            using (var reader = OpenXmlReader.Create(part))
            {
                while (reader.Read())
                {
                    if (!reader.IsStartElement)
                    {
                        continue;
                    }

                    if (reader.ElementType == typeof(Row))
                    {
                        StartRow(reader);
                    }
                    else if (reader.ElementType == typeof(Cell))
                    {
                        ReadCell((Cell)reader.LoadCurrentElement()!);
                    }
                    else if (reader.ElementType == typeof(MergeCell))
                    {
                        EndRow();
                        var range = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? string.Empty;
                        var first = range.Split(':')[0];
                        throw InputException.InSheet(workbook._path, sheet, CellReference.TryParse(first, out _, out var row) ? row : 0, CellReference.TryParse(first, out _, out _) ? first : null, null, $"the cells {range} are merged", "one value in each cell: unmerge the cells (in Excel: Home > Merge & Center > Unmerge Cells) and fill each");
                    }
                }
            }

            EndRow();
            if (_header is null)
            {
                throw InputException.InSheet(workbook._path, sheet, 0, null, null, "the sheet is empty", "the header in row 1: " + schema.Describe());
            }

            return new CsvTable(workbook._path, _header, _rows, sheet);
        }

        private void StartRow(OpenXmlReader reader)
        {
            EndRow();
            var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
            _row = r is not null && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > _row ? index : _row + 1;
            if (++_rowCount > WorkbookLimits.MaxRows)
            {
                throw InputException.InSheet(workbook._path, sheet, _row, null, null, $"the sheet has more than {WorkbookLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows", $"at most {WorkbookLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows a sheet (a plan's tables are far smaller; delete the rows below the data)");
            }

            _rowHasCells = true;
            _nextColumn = 0;
            Array.Clear(_cells);
        }

        private void ReadCell(Cell cell)
        {
            // The reference is optional in the file format: a cell without one follows the previous cell.
            var reference = cell.CellReference?.Value;
            int column, row;
            if (reference is null)
            {
                (column, row) = (_nextColumn, _row);
            }
            else if (!CellReference.TryParse(reference, out column, out row) || row != _row)
            {
                throw InputException.InSheet(workbook._path, sheet, _row, null, null, $"a cell of row {_row.ToString(CultureInfo.InvariantCulture)} has the reference \"{reference}\"", "cells named like C14, in their own row (save the workbook again with Excel, WPS or LibreOffice)");
            }

            if (column > CellReference.MaxColumn)
            {
                throw InputException.InSheet(workbook._path, sheet, _row, null, null, "the row has more cells than Excel's 16,384 columns", "a worksheet saved by Excel, WPS or LibreOffice");
            }

            _nextColumn = column + 1;
            var name = CellReference.Name(column, row);
            var header = _header is null ? null : column < _header.Length ? _header[column] : null;
            InputException Error(string problem, string expected) => InputException.InSheet(workbook._path, sheet, row, name, header, problem, expected);

            if (cell.CellFormula is not null)
            {
                throw Error("the cell holds a formula; save values only", "a typed value (in Excel: copy the cells, then Paste Special > Values)");
            }

            var raw = cell.CellValue?.Text;
            var type = cell.DataType?.Value;
            string? value;
            bool isNumber = false;
            if (type is null || type == CellValues.Number)
            {
                if (string.IsNullOrEmpty(raw))
                {
                    return;
                }

                if (cell.StyleIndex?.Value is { } style && style < workbook._dateStyles.Length && workbook._dateStyles[style])
                {
                    throw Error($"the cell is formatted as a date or time (its stored value is {raw})", "a plain number or text: no plan column holds a date (format the cell as General or Number; months are numbers 1-12, years like 2026)");
                }

                value = NumberValue(raw) ?? throw Error($"the cell's stored number \"{raw}\" is not a number", "a number cell");
                isNumber = true;
            }
            else if (type == CellValues.SharedString)
            {
                var strings = workbook.SharedStrings();
                value = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : throw Error($"the cell points at shared string {raw}, which the workbook does not have", "a workbook saved by Excel, WPS or LibreOffice");
            }
            else if (type == CellValues.InlineString)
            {
                value = cell.InlineString is { } inline ? TextOf(inline) : string.Empty;
            }
            else if (type == CellValues.String)
            {
                value = raw ?? string.Empty;
            }
            else if (type == CellValues.Boolean)
            {
                throw Error($"the cell holds the boolean {(raw == "1" ? "TRUE" : "FALSE")}", header is not null && _numbers.Contains(header) ? "a number" : "text: no plan column takes TRUE or FALSE");
            }
            else if (type == CellValues.Error)
            {
                throw Error($"the cell holds the error value {raw}", "a typed value");
            }
            else
            {
                throw Error($"the cell holds a date ({raw})", "a plain number or text: no plan column holds a date");
            }

            value = value.Trim();
            if (value.Length == 0)
            {
                return;
            }

            if (_header is not null)
            {
                if (header is null)
                {
                    throw Error($"the cell holds \"{value}\" right of the last column ({CellReference.Column(_header.Length - 1)}, {_header[^1]})", $"values under the header's {_header.Length.ToString(CultureInfo.InvariantCulture)} columns only: {schema.Describe()}");
                }

                if (!isNumber && _numbers.Contains(header))
                {
                    throw Error($"the cell holds the text \"{value}\", not a number", "a number cell (a number typed as text shows a green triangle in Excel: convert it to a number)");
                }
            }

            if (column >= _cells.Length)
            {
                Array.Resize(ref _cells, Math.Max(column + 1, _cells.Length * 2));
            }

            _cells[column] = value;
        }

        private void EndRow()
        {
            if (!_rowHasCells)
            {
                return;
            }

            _rowHasCells = false;
            var last = Array.FindLastIndex(_cells, c => c is not null);
            if (last < 0)
            {
                return; // a row of empty cells
            }

            if (_header is null)
            {
                _header = [.. _cells.Take(last + 1).Select(c => c ?? string.Empty)];
                _headerRow = _row;
                CsvTable.CheckHeader(_header, schema, (i, name, problem, expected) => InputException.InSheet(workbook._path, sheet, _headerRow, i < 0 ? null : CellReference.Name(i, _headerRow), name, problem, expected));
                return;
            }

            _rows.Add(new TableRow(workbook._path, _row, _header, [.. _header.Select((_, i) => _cells[i] ?? string.Empty)], sheet));
        }
    }

    /// <summary>
    /// A numeric cell's stored value in invariant culture, as the loader's number rules read it: the raw text when it is
    /// plain ("1800", "0.28"), re-written without an exponent when the writer used one ("1.8E+3" is "1800"); null if not a number.
    /// </summary>
    internal static string? NumberValue(string raw)
    {
        if (!raw.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            return double.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? raw : null;
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact.ToString(CultureInfo.InvariantCulture)
            : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide) && double.IsFinite(wide) ? wide.ToString("R", CultureInfo.InvariantCulture) : null;
    }
}
