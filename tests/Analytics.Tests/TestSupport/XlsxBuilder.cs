using System.IO.Compression;
using System.Security;
using System.Text;

namespace Analytics.Tests.TestSupport;

/// <summary>
/// Writes a minimal .xlsx package part by part, so a test controls every byte a hostile workbook needs
/// (formulas, merged cells, hidden sheets, date styles, booleans) without a spreadsheet program.
/// </summary>
internal sealed class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly List<(string Name, IEnumerable<string> Rows, string After, string? State)> _sheets = [];

    /// <summary>The stylesheet's cellXfs, as XML (null: no styles part).</summary>
    public string? CellFormats { get; set; }

    /// <summary>Custom number formats, as XML inside numFmts.</summary>
    public string? NumberFormats { get; set; }

    /// <summary>The shared strings, in index order.</summary>
    public List<string> SharedStrings { get; } = [];

    /// <summary>Adds a sheet whose sheetData holds <paramref name="rows"/> (enumerated when saved); <paramref name="after"/> follows sheetData (e.g. mergeCells).</summary>
    public XlsxBuilder Sheet(string name, IEnumerable<string> rows, string? state = null, string after = "")
    {
        _sheets.Add((name, rows, after, state));
        return this;
    }

    /// <summary>A row of cells.</summary>
    public static string Row(int r, params string[] cells) => $"<row r=\"{r}\">{string.Concat(cells)}</row>";

    /// <summary>An inline string cell.</summary>
    public static string Text(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>A numeric cell with its stored value, optionally styled.</summary>
    public static string Number(string reference, string raw, int? style = null) => $"<c r=\"{reference}\"{(style is null ? string.Empty : $" s=\"{style}\"")}><v>{raw}</v></c>";

    /// <summary>A row of inline strings from column A: a header.</summary>
    public static string TextRow(int r, params string[] texts) => Row(r, [.. texts.Select((t, i) => Text(Analytics.Loading.Workbooks.CellReference.Name(i, r), t))]);

    /// <summary>Writes the package to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var overrides = new StringBuilder();
        var sheets = new StringBuilder();
        var rels = new StringBuilder();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var (name, rows, after, state) = _sheets[i];
            using (var writer = new StreamWriter(zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml").Open(), new UTF8Encoding(false)))
            {
                writer.Write($"<worksheet xmlns=\"{Main}\"><sheetData>");
                foreach (var row in rows)
                {
                    writer.Write(row); // streamed: a million-row sheet never sits in memory as one string
                }

                writer.Write($"</sheetData>{after}</worksheet>");
            }

            overrides.Append($"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheets.Append($"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{i + 1}\"{(state is null ? string.Empty : $" state=\"{state}\"")} r:id=\"rId{i + 1}\"/>");
            rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        }

        if (CellFormats is not null)
        {
            Add(zip, "xl/styles.xml", $"<styleSheet xmlns=\"{Main}\">{(NumberFormats is null ? string.Empty : $"<numFmts>{NumberFormats}</numFmts>")}<cellXfs>{CellFormats}</cellXfs></styleSheet>");
            overrides.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.Append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }

        if (SharedStrings.Count > 0)
        {
            Add(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{string.Concat(SharedStrings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"))}</sst>");
            overrides.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.Append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }

        Add(zip, "[Content_Types].xml", $"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>{overrides}</Types>");
        Add(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{sheets}</sheets></workbook>");
        Add(zip, "xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
