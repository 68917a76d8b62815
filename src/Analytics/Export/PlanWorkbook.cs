using System.Globalization;
using Analytics.Common;
using Analytics.Loading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExtendedProperties = DocumentFormat.OpenXml.ExtendedProperties;

namespace Analytics.Export;

/// <summary>
/// Writes a plan's tables as the workbook form of a plan (read back by <see cref="Loading.Workbooks.WorkbookTables"/>):
/// one sheet per table named like its CSV file without ".csv", the header in row 1 (frozen), then the rows. The
/// cells of a schema's number columns (<see cref="CsvSchema.Numbers"/>) are numeric cells holding the value as written
/// (invariant culture, so "0.80" stays 0.80 and "466.67" 466.67); everything else is an inline string, never a formula.
/// Rows are streamed with <see cref="OpenXmlWriter"/>.
/// </summary>
public static class PlanWorkbook
{
    /// <summary>The application named in the workbook's properties (docProps/app.xml).</summary>
    public const string Generator = "analytics plan workbook";

    /// <summary>Writes <paramref name="tables"/> (plan files of <see cref="PlanFiles"/>) as a workbook to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the .xlsx goes (built in memory first: the zip package needs a seekable stream).</param>
    /// <param name="tables">The tables, in tab order.</param>
    public static void Write(Stream stream, IReadOnlyList<TemplateTable> tables)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotEmpty(tables);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            document.AddExtendedFilePropertiesPart().Properties = new ExtendedProperties.Properties(new ExtendedProperties.Application(Generator));
            var workbook = document.AddWorkbookPart();
            var sheets = new Sheets();
            for (var i = 0; i < tables.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, tables[i]);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = PlanFiles.TableName(tables[i].File) });
            }

            workbook.Workbook = new Workbook(sheets);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>
    /// The stored value of a number column's cell: the text as written when it is a plain number (so the file reads back
    /// as the same text), the exact decimal when written with an exponent or a '+'; null when it is no number (written as text,
    /// so the loader names the cell).
    /// </summary>
    internal static string? NumberValue(string text)
    {
        if (text.Length == 0 || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var plain = text.All(c => char.IsAsciiDigit(c) || c is '.' or '-');
        return plain ? text : value.ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteSheet(WorksheetPart part, TemplateTable table)
    {
        var numbers = PlanFiles.All.Concat(PlanFiles.Optional).Contains(table.File, StringComparer.Ordinal)
            ? new HashSet<string>(PlanFiles.SchemaOf(table.File).Numbers, StringComparer.Ordinal)
            : [];
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, table.Columns, _ => false);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(writer, r + 2, table.Rows[r], c => c < table.Columns.Count && numbers.Contains(table.Columns[c]));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int index, IReadOnlyList<string> values, Func<int, bool> isNumber)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, index.ToString(CultureInfo.InvariantCulture))]);
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c].Length == 0)
            {
                continue; // an empty cell is no cell, as Excel saves it
            }

            var reference = Loading.Workbooks.CellReference.Name(c, index);
            writer.WriteElement(isNumber(c) && NumberValue(values[c]) is { } number
                ? new Cell { CellReference = reference, CellValue = new CellValue(number) }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[c]) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        writer.WriteEndElement();
    }
}
