using System.Text;
using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class CsvTableTests
{
    private static readonly CsvSchema Schema = new(["id", "amount"], ["note"]);

    [Fact]
    public void Parse_ValidFile_ReadsRowsWithTheirLines()
    {
        var table = CsvTable.Parse("id,amount\na,1\n\nb,2.5\n", "t.csv", Schema);
        Assert.Equal(["id", "amount"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(4, table.Rows[1].Line);
        Assert.Equal(2.5m, table.Rows[1].Amount("amount"));
    }

    [Fact]
    public void Parse_QuotedMultilineField_KeepsStartLineOfNextRow()
    {
        var table = CsvTable.Parse("id,amount,note\na,1,\"two\nlines\"\nb,2,x\n", "t.csv", Schema);
        Assert.Equal("two\nlines", table.Rows[0].Text("note"));
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void Read_Utf8WithBom_ReadsChineseText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,amount,note\n客戶甲,1,珠三角\n")).ToArray();
        var table = CsvTable.Read(new MemoryStream(bytes), "t.csv", Schema);
        Assert.Equal("客戶甲", table.Rows[0].Text("id"));
        Assert.Equal("珠三角", table.Rows[0].Text("note"));
    }

    [Fact]
    public void Read_GbkBytes_RejectedWithLine()
    {
        // "珠三角" in GBK: D6 E9 C8 FD BD C7 (not valid UTF-8).
        var bytes = Encoding.ASCII.GetBytes("id,amount,note\na,1,").Concat(new byte[] { 0xD6, 0xE9, 0xC8, 0xFD, 0xBD, 0xC7 }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();
        var e = Assert.Throws<InputException>(() => CsvTable.Read(new MemoryStream(bytes), "t.csv", Schema));
        Assert.Equal(2, e.Line);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("  \n\n", "the file is empty")]
    [InlineData("id,amt\n", "unknown column \"amt\"")]
    [InlineData("id\n", "lacks the column \"amount\"")]
    [InlineData("id,amount,id\n", "appears twice")]
    [InlineData("id,Amount\n", "did you mean \"amount\"")]
    [InlineData("id;amount\na;1\n", "separated by ';', not commas")]
    [InlineData("id\tamount\na\t1\n", "separated by tab, not commas")]
    public void Parse_BadHeader_ThrowsWithExpectedHeader(string text, string fragment)
    {
        var e = Assert.Throws<InputException>(() => CsvTable.Parse(text, "t.csv", Schema));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.Contains("t.csv", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,amount\na,1,2\n", 2, "3 fields but the header has 2")]
    [InlineData("id,amount\na,1\nb\n", 3, "1 fields but the header has 2")]
    [InlineData("id,amount\na,\"1\n", 2, "malformed CSV")]
    public void Parse_BadRow_ThrowsWithLine(string text, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => CsvTable.Parse(text, "t.csv", Schema));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysNotFoundAndExpectedHeader()
    {
        var e = Assert.Throws<InputException>(() => CsvTable.Load("/nonexistent/x.csv", Schema));
        Assert.Contains("file not found", e.Message, StringComparison.Ordinal);
        Assert.Contains("id,amount", e.Message, StringComparison.Ordinal);
    }
}
