using System.Text;
using Analytics.Export;

namespace Analytics.Tests.Export;

public class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    public void CreateWriter_FormulaLikeText_Neutralised(string text, string expectedStart)
    {
        var csv = Write(w => w.WriteRecord(["name", text]));
        var field = csv.Split('\n')[0].Split(',', 2)[1].Trim('"');
        Assert.StartsWith(expectedStart, field, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateWriter_NegativeNumber_StaysANumber()
    {
        var csv = Write(w =>
        {
            w.WriteField(-5.25);
            w.WriteField("珠三角");
            w.WriteRecord([]);
        });
        Assert.StartsWith("-5.25,珠三角", csv, StringComparison.Ordinal);
    }

    private static string Write(Action<CsvHelper.CsvWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvExport.CreateWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
