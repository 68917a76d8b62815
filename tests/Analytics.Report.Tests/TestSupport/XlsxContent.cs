using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>One cell as read back: a string cell (inline or shared) or a number, whether it holds a formula, its number format.</summary>
internal sealed record XlsxCell(string Reference, bool IsString, bool HasFormula, string Text, string NumberFormat, bool Bold)
{
    /// <summary>The cell's number, exactly as stored (decimal).</summary>
    public decimal Number => IsString ? throw new InvalidOperationException($"{Reference} is a string cell (\"{Text}\"), not a number.") : decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A workbook read back with DocumentFormat.OpenXml's DOM (not the writer's code): sheets, cells, frozen panes.</summary>
internal sealed class XlsxContent
{
    private readonly Dictionary<string, (IReadOnlyList<IReadOnlyList<XlsxCell>> Rows, bool Frozen, int Columns)> _sheets = new(StringComparer.Ordinal);

    private XlsxContent(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        Application = document.ExtendedFilePropertiesPart?.Properties?.Application?.Text;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        var fonts = stylesheet?.Fonts?.Elements<Font>().ToArray() ?? [];
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.Descendants<Row>().Select(r => (IReadOnlyList<XlsxCell>)[.. r.Elements<Cell>().Select(c =>
            {
                var format = c.StyleIndex is null ? null : formats[(int)c.StyleIndex.Value];
                var id = format?.NumberFormatId?.Value ?? 0;
                var code = custom.TryGetValue(id, out var f) ? f : id switch { 0 => "General", 3 => "#,##0", 9 => "0%", 10 => "0.00%", _ => "builtin " + id.ToString(CultureInfo.InvariantCulture) };
                var bold = format?.FontId is { } fontId && fonts[(int)fontId.Value].Bold is not null;
                var type = c.DataType?.Value;
                var isString = type == CellValues.InlineString || type == CellValues.SharedString || type == CellValues.String;
                var text = type == CellValues.InlineString ? c.InlineString!.InnerText
                    : type == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : c.CellValue?.Text ?? string.Empty;
                return new XlsxCell(c.CellReference!.Value!, isString, c.CellFormula is not null, text, code, bold);
            })]).ToList();
            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1 && pane.TopLeftCell?.Value == "A2";
            var columns = part.Worksheet.Descendants<Column>().Count(c => c.CustomWidth?.Value == true && c.Width?.Value >= 8);
            _sheets.Add(sheet.Name!.Value!, (rows, frozen, columns));
            SheetNames.Add(sheet.Name!.Value!);
        }
    }

    /// <summary>The sheets' names in tab order.</summary>
    public List<string> SheetNames { get; } = [];

    /// <summary>The application docProps/app.xml names, or null.</summary>
    public string? Application { get; }

    public static XlsxContent Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return new XlsxContent(document);
    }

    public static XlsxContent Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        return new XlsxContent(document);
    }

    /// <summary>Every row of <paramref name="sheet"/>, the header first.</summary>
    public IReadOnlyList<IReadOnlyList<XlsxCell>> Rows(string sheet) => _sheets[sheet].Rows;

    /// <summary>The header's texts.</summary>
    public IReadOnlyList<string> Header(string sheet) => [.. Rows(sheet)[0].Select(c => c.Text)];

    /// <summary>Whether the first row is frozen (a frozen pane below row 1).</summary>
    public bool Frozen(string sheet) => _sheets[sheet].Frozen;

    /// <summary>How many columns have a set width of at least 8.</summary>
    public int WidthsSet(string sheet) => _sheets[sheet].Columns;

    /// <summary>Every cell of every sheet.</summary>
    public IEnumerable<XlsxCell> AllCells() => _sheets.Values.SelectMany(s => s.Rows.SelectMany(r => r));
}
