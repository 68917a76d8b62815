using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Common;
using Analytics.Loading.Workbooks;
using ExtendedProperties = DocumentFormat.OpenXml.ExtendedProperties;

namespace Analytics.Report.Workbook;

/// <summary>
/// Writes <see cref="WorkbookSheet"/>s as an .xlsx workbook with DocumentFormat.OpenXml (the library chosen in
/// benchmarks/README.md): text as inline string cells (never a formula, so text starting with = + - @ stays text),
/// numbers as numeric cells with their number format, the header row bold and frozen, column widths from the
/// content. The workbook names <see cref="Generator"/> as its application, which is how
/// <see cref="IsWrittenByToolkit"/> recognises a file it may replace.
/// </summary>
public static class XlsxWriter
{
    /// <summary>The application named in the workbook's properties (docProps/app.xml).</summary>
    public const string Generator = "analytics results workbook";

    /// <summary>Style indices in the stylesheet <see cref="Styles"/> builds, one per <see cref="CellKind"/> plus the header's.</summary>
    private const uint TextStyle = 0, HeaderStyle = 1, AmountStyle = 2, PercentStyle = 3, IntegerStyle = 4;

    /// <summary>Writes the workbook to <paramref name="stream"/> (built in memory first: the package needs a seekable stream).</summary>
    /// <param name="stream">Where the .xlsx goes.</param>
    /// <param name="sheets">The sheets, in tab order; their names must differ.</param>
    public static void Write(Stream stream, IReadOnlyList<WorkbookSheet> sheets)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotEmpty(sheets);
        var twice = sheets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"two sheets are named \"{twice.Key}\"; Excel needs different names.", nameof(sheets));
        }

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            document.AddExtendedFilePropertiesPart().Properties = new ExtendedProperties.Properties(new ExtendedProperties.Application(Generator));
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var entries = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(sheets[i], selected: i == 0);
                entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
            }

            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(entries);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>
    /// Whether <paramref name="path"/> is a workbook this writer wrote (its properties name <see cref="Generator"/>).
    /// Anything else (another workbook, a file that is no workbook, an unreadable one) is not.
    /// </summary>
    public static bool IsWrittenByToolkit(string path)
    {
        Preconditions.NotBlank(path);
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            return string.Equals(document.ExtendedFilePropertiesPart?.Properties?.Application?.Text, Generator, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Worksheet Sheet(WorkbookSheet sheet, bool selected)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Header.Select(h => (Cell)TextCell(h, HeaderStyle))));
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            data.Append(Row((uint)(r + 2), sheet.Rows[r].Select(c => c.Kind == CellKind.Text ? TextCell(c.Text!, TextStyle) : NumberCell(c))));
        }

        var view = new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        {
            WorkbookViewId = 0,
            TabSelected = selected,
        };
        var columns = new Columns(sheet.Header.Select((_, c) => new Column
        {
            Min = (uint)(c + 1),
            Max = (uint)(c + 1),
            Width = Width(sheet, c),
            CustomWidth = true,
        }));
        return new Worksheet(new SheetViews(view), columns, data);
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = CellReference.Column(c++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    // An inline string: the text is stored as written; a cell without a formula element can never compute.
    private static Cell TextCell(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell NumberCell(WorkbookCell cell) => new()
    {
        CellValue = new CellValue(cell.Value),
        StyleIndex = cell.Kind switch
        {
            CellKind.Amount => AmountStyle,
            CellKind.Percent => PercentStyle,
            CellKind.Integer => IntegerStyle,
            _ => TextStyle,
        },
    };

    /// <summary>The column's width in characters: its longest header or cell as shown (a CJK character counts two), 8 to 60.</summary>
    private static double Width(WorkbookSheet sheet, int column)
    {
        var longest = sheet.Rows.Where(r => r.Count > column).Select(r => Shown(r[column])).Append(sheet.Header[column]).Max(DisplayLength);
        return Math.Clamp(longest + 2, 8, 60);
    }

    private static string Shown(WorkbookCell cell) => cell.Kind switch
    {
        CellKind.Text => cell.Text!,
        CellKind.Amount => cell.Value.ToString("#,##0.00", CultureInfo.InvariantCulture),
        CellKind.Percent => (cell.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        CellKind.Integer => cell.Value.ToString("#,##0", CultureInfo.InvariantCulture),
        _ => ((double)cell.Value).ToString("G10", CultureInfo.InvariantCulture),
    };

    private static int DisplayLength(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" })
        { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
