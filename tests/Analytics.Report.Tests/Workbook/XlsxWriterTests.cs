using Analytics.Report.Tests.TestSupport;
using Analytics.Report.Workbook;

namespace Analytics.Report.Tests.Workbook;

public sealed class XlsxWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static WorkbookSheet Sample(string name = "數據") => new(
        name,
        ["名稱", "金額（萬元）", "占比", "次數", "取值"],
        [
            [WorkbookCell.Of("=1+1"), WorkbookCell.Amount(1234.5m), WorkbookCell.Percent(0.25), WorkbookCell.Integer(100_000), WorkbookCell.Number(0.125)],
            [WorkbookCell.Of("+SUM(A1:A9)"), WorkbookCell.Amount(0.01m), WorkbookCell.Percent(1), WorkbookCell.Integer(0), WorkbookCell.Number(-3)],
            [WorkbookCell.Of("-2"), WorkbookCell.Of("@cmd"), WorkbookCell.Of("  leading spaces kept")],
        ]);

    private static XlsxContent RoundTrip(params WorkbookSheet[] sheets)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        stream.Position = 0;
        return XlsxContent.Read(stream);
    }

    [Fact]
    public void Write_TextStartingWithFormulaCharacters_StaysAStringCellWithoutFormula()
    {
        var book = RoundTrip(Sample());
        var rows = book.Rows("數據");
        Assert.Equal(["=1+1", "+SUM(A1:A9)", "-2"], rows.Skip(1).Select(r => r[0].Text));
        Assert.All(rows.Skip(1), r => Assert.True(r[0].IsString));
        Assert.True(rows[3][1].IsString);
        Assert.Equal("@cmd", rows[3][1].Text);
        Assert.Equal("  leading spaces kept", rows[3][2].Text);
        Assert.DoesNotContain(book.AllCells(), c => c.HasFormula);
    }

    [Fact]
    public void Write_Numbers_AreNumericCellsWithTheirFormats()
    {
        var row = RoundTrip(Sample()).Rows("數據")[1];
        Assert.All(row.Skip(1), c => Assert.False(c.IsString));
        Assert.Equal((1234.5m, "#,##0.00"), (row[1].Number, row[1].NumberFormat));
        Assert.Equal((0.25m, "0.0%"), (row[2].Number, row[2].NumberFormat));
        Assert.Equal((100_000m, "#,##0"), (row[3].Number, row[3].NumberFormat));
        Assert.Equal((0.125m, "General"), (row[4].Number, row[4].NumberFormat));
        Assert.Equal("B2", row[1].Reference);
    }

    [Fact]
    public void Write_Header_BoldFrozenAndColumnsSized()
    {
        var book = RoundTrip(Sample(), Sample("Second"));
        Assert.Equal(["數據", "Second"], book.SheetNames);
        Assert.Equal(["名稱", "金額（萬元）", "占比", "次數", "取值"], book.Header("數據"));
        Assert.All(book.Rows("數據")[0], c => Assert.True(c.Bold && c.IsString));
        Assert.DoesNotContain(book.Rows("數據")[1], c => c.Bold);
        Assert.True(book.Frozen("Second"));
        Assert.Equal(5, book.WidthsSet("數據"));
        Assert.Equal(XlsxWriter.Generator, book.Application);
    }

    [Fact]
    public void Write_TwoSheetsOfOneName_Refused()
        => Assert.Throws<ArgumentException>(() => XlsxWriter.Write(Stream.Null, [Sample("a"), Sample("A")]));

    [Fact]
    public void IsWrittenByToolkit_OwnWorkbook_TrueOtherFilesFalse()
    {
        var ours = Path.Combine(_folder, "ours.xlsx");
        using (var file = File.Create(ours))
        {
            XlsxWriter.Write(file, [Sample()]);
        }

        var text = Path.Combine(_folder, "notes.xlsx");
        File.WriteAllText(text, "not a workbook");
        var other = Path.Combine(_folder, "other.xlsx");
        File.WriteAllBytes(other, File.ReadAllBytes(ours));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(other, true))
        {
            document.ExtendedFilePropertiesPart!.Properties!.Application!.Text = "Microsoft Excel";
        }

        Assert.True(XlsxWriter.IsWrittenByToolkit(ours));
        Assert.False(XlsxWriter.IsWrittenByToolkit(text));
        Assert.False(XlsxWriter.IsWrittenByToolkit(other));
        Assert.False(XlsxWriter.IsWrittenByToolkit(Path.Combine(_folder, "missing.xlsx")));
    }
}
