using System.Diagnostics;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Loading.Workbooks;
using Analytics.Tests.TestSupport;
using static Analytics.Tests.TestSupport.XlsxBuilder;

namespace Analytics.Tests.Loading.Workbooks;

public sealed class WorkbookTablesTests : IDisposable
{
    private static readonly string[] PhasingHeader = ["quarter", "monthly_amount", "share", "focus_zh", "focus_en", "source"];
    private readonly string _folder = Directory.CreateTempSubdirectory("analytics-workbook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_NumbersSharedAndInlineStrings_ValuesAsStoredAtTheirRows()
    {
        var builder = new XlsxBuilder();
        builder.SharedStrings.Add("Q1");
        var path = Save(builder.Sheet("phasing", [
            TextRow(1, PhasingHeader),
            Row(2, "<c r=\"A2\" t=\"s\"><v>0</v></c>", Number("B2", "300"), Number("C2", "0.20"), Text("D2", "  重點 "), Text("E2", "Focus")),
            Row(4, Text("A4", "Q2"), Number("B4", "1.8E+3"), Number("C4", "0.8")),
        ]));

        var table = Read(path);

        Assert.Equal(PhasingHeader, table.Columns);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
        Assert.Equal(["Q1", "300", "0.20", "重點", "Focus"], PhasingHeader[..5].Select(table.Rows[0].Raw));
        Assert.Equal("1800", table.Rows[1].Raw("monthly_amount")); // the exponent written out: 1.8 x 10^3
        Assert.Equal("phasing!4", table.Rows[1].Location.ToString());
        Assert.Equal(300m, table.Rows[0].Amount("monthly_amount"));
    }

    [Fact]
    public void Read_BlankRowsAndEmptyCells_SkippedLikeBlankCsvLines()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", " ")), Row(3, Text("A3", "Q1"), Number("C3", "0.25"))]));
        var row = Assert.Single(Read(path).Rows);
        Assert.Equal(3, row.Line);
        Assert.Null(row.OptionalAmount("monthly_amount"));
    }

    [Fact]
    public void Read_CellsWithoutReferences_EachFollowsThePreviousCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), "<row r=\"2\"><c t=\"inlineStr\"><is><t>Q1</t></is></c><c><v>300</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>e</t></is></c><c t=\"inlineStr\"><is><t>s</t></is></c></row>"]));
        var row = Assert.Single(Read(path).Rows);
        Assert.Equal(["Q1", "300", string.Empty, string.Empty, "e", "s"], PhasingHeader.Select(row.Raw));
    }

    [Fact]
    public void Read_TextInANumberColumn_ErrorAtTheCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), Text("B2", "300"))]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Equal("phasing", e.Sheet);
        Assert.Equal("B2", e.Cell);
        Assert.Contains("phasing!B2 (monthly_amount): the cell holds the text \"300\", not a number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ANumberInATextColumn_ItsStoredValueAsText()
        => Assert.Equal("2026", Read(Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Number("A2", "2026"))]))).Rows[0].Raw("quarter"));

    [Fact]
    public void Read_AFormula_RefusedAtItsCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1")), Row(4, "<c r=\"C4\"><f>C2*2</f><v>0.5</v></c>")]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.StartsWith(path + ": phasing!C4 (share): the cell holds a formula; save values only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MergedCells_RefusedAtTheRangesFirstCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), Text("D2", "a"))], after: "<mergeCells count=\"1\"><mergeCell ref=\"D2:E2\"/></mergeCells>"));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Equal("D2", e.Cell);
        Assert.Contains("the cells D2:E2 are merged", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>", null)] // Excel's built-in short date
    [InlineData("<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>", "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>")]
    public void Read_ADateFormattedNumber_Refused(string formats, string? custom)
    {
        var builder = new XlsxBuilder { CellFormats = formats, NumberFormats = custom };
        var path = Save(builder.Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), Number("B2", "46023", style: 1))]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Equal("B2", e.Cell);
        Assert.Contains("formatted as a date or time (its stored value is 46023)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnAmountFormattedNumber_ReadAsItsValue()
    {
        var builder = new XlsxBuilder { CellFormats = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>", NumberFormats = "<numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/>" };
        var path = Save(builder.Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), Number("B2", "466.67", style: 1))]));
        Assert.Equal(466.67m, Read(path).Rows[0].Amount("monthly_amount"));
    }

    [Fact]
    public void Read_ABoolean_RefusedAtItsCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), "<c r=\"C2\" t=\"b\"><v>1</v></c>")]));
        Assert.Contains("phasing!C2 (share): the cell holds the boolean TRUE", Assert.Throws<InputException>(() => Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AValueRightOfTheHeader_RefusedAtItsCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader), Row(2, Text("A2", "Q1"), Text("H2", "note"))]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Equal("H2", e.Cell);
        Assert.Contains("right of the last column (F, source)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnUnknownHeader_ErrorAtTheHeaderCell()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, "quarter", "monthly_amount", "Share")]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Contains("phasing!C1 (Share): unknown column \"Share\" (did you mean \"share\"?)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AHiddenSheet_RefusedNamingIt()
    {
        var path = Save(new XlsxBuilder().Sheet("phasing", [TextRow(1, PhasingHeader)]).Sheet("old targets", [TextRow(1, "x")], state: "hidden"));
        var e = Assert.Throws<InputException>(() => WorkbookTables.Open(path));
        Assert.Contains("hidden sheet \"old targets\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AMissingSheet_ErrorNamesTheSheetsThereAre()
    {
        var path = Save(new XlsxBuilder().Sheet("Phasing", [TextRow(1, PhasingHeader)]));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Contains("no sheet \"phasing\" (there is \"Phasing\": sheet names are matched exactly)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AMillionRows_RefusedAtTheFirstRowOverTheLimitInBoundedTime()
    {
        var rows = Enumerable.Range(2, 1_000_000).Select(r => Row(r, Text("A" + r.ToString(System.Globalization.CultureInfo.InvariantCulture), "Q1")));
        var path = Save(new XlsxBuilder().Sheet("phasing", rows.Prepend(TextRow(1, PhasingHeader))));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Equal(WorkbookLimits.MaxRows + 1, e.Line); // row 1 is the header, so the 500,001st row is row 500,001
        Assert.Contains("more than 500,000 rows", e.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}"); // a generous bound: it fails only if the reader went on through the million rows or stalled
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("[$-804]yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("[h]:mm", true)]
    [InlineData("h:mm AM/PM", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0.00", false)]
    [InlineData("0.0%", false)]
    [InlineData("\"days\" 0", false)]
    [InlineData("General", false)]
    [InlineData("[Red]0.00", false)]
    public void IsDateCode_FormatCodes_DateOnlyWithDateLettersOutsideQuotesAndBrackets(string code, bool expected)
        => Assert.Equal(expected, WorkbookTables.IsDateCode(code));

    [Theory]
    [InlineData("1800", "1800")]
    [InlineData("0.28000000000000003", "0.28000000000000003")]
    [InlineData("1.8E+3", "1800")]
    [InlineData("5E-3", "0.005")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("abc", null)]
    public void NumberValue_StoredValues_PlainInvariantText(string raw, string? expected)
        => Assert.Equal(expected, WorkbookTables.NumberValue(raw));

    private string Save(XlsxBuilder builder)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".xlsx");
        builder.Save(path);
        return path;
    }

    private static CsvTable Read(string path)
    {
        using var tables = WorkbookTables.Open(path);
        return tables.Read(PlanFiles.Phasing, PlanFiles.PhasingSchema);
    }
}
