using Analytics.Export;
using Analytics.Loading;
using Analytics.Loading.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Export;

public sealed class PlanWorkbookTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "analytics-plan-workbook-" + Guid.NewGuid().ToString("N") + ".xlsx");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Write_Template_ASheetPerTableNamedLikeItsFileWithoutCsv()
    {
        Write(PlanTemplate.Tables);
        using var tables = WorkbookTables.Open(_path);
        Assert.Equal(["facts", "industries", "regions", "targets", "phasing", "people", "assignments", "channel_partners", "trade_shows", "lead_sources", "incentives", "budget", "replan_rules", "customers", "products", "roles"], tables.SheetNames);
    }

    [Fact]
    public void Write_NumberColumns_NumericCellsOtherColumnsInlineStrings()
    {
        Write(PlanTemplate.Tables);
        using var document = SpreadsheetDocument.Open(_path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "targets");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToArray();
        var company = rows[1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Null(company["H2"].DataType); // amount 1000: a number
        Assert.Equal("1000", company["H2"].CellValue!.Text);
        Assert.Equal(CellValues.InlineString, company["A2"].DataType!.Value); // id "company": text
        Assert.False(company.ContainsKey("B2")); // the company's empty parent: no cell
        Assert.Equal("analytics plan workbook", document.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
    }

    [Fact]
    public void Write_TextStartingWithAnEqualsSign_StaysText()
    {
        Write([new TemplateTable(PlanFiles.Regions, ["id", "name_zh", "name_en"], [["r1", "=1+1", "@x"]])]);
        using var tables = WorkbookTables.Open(_path);
        var row = Assert.Single(tables.Read(PlanFiles.Regions, PlanFiles.RegionsSchema).Rows);
        Assert.Equal("=1+1", row.Raw("name_zh"));
        Assert.Equal("@x", row.Raw("name_en"));
    }

    [Theory]
    [InlineData("466.67", "466.67")]
    [InlineData("0.80", "0.80")]
    [InlineData("-0.05", "-0.05")]
    [InlineData("+5", "5")]
    [InlineData("1.8e3", "1800")]
    [InlineData("1,800", null)]
    [InlineData("28%", null)]
    [InlineData("", null)]
    public void NumberValue_Texts_StoredValueOrNullForText(string text, string? expected)
        => Assert.Equal(expected, PlanWorkbook.NumberValue(text));

    private void Write(IReadOnlyList<TemplateTable> tables)
    {
        using var stream = File.Create(_path);
        PlanWorkbook.Write(stream, tables);
    }
}
