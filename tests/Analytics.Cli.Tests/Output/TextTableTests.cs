using Analytics.Cli.Output;

namespace Analytics.Cli.Tests.Output;

public class TextTableTests
{
    private static string[] Lines(TextTable table)
    {
        using var output = new StringWriter { NewLine = "\n" };
        table.Write(output);
        return output.ToString().Split('\n')[..^1];
    }

    [Fact]
    public void Write_LeftAndRightAlignedColumns_PaddedToTheWidest()
    {
        var lines = Lines(new TextTable("line", ">amount").Row("repurchase", "1,800").Row("new", "200"));
        Assert.Equal(
            [
                "line        amount",
                "----------  ------",
                "repurchase   1,800",
                "new            200",
            ],
            lines);
    }

    [Fact]
    public void Write_ChineseText_CountsTwoColumnsPerCharacter()
    {
        // "老客戶" is 3 characters but 6 columns wide: "new" is padded to 6, the amounts line up under 金額 (4 columns).
        var lines = Lines(new TextTable("類別", ">金額").Row("老客戶", "1800").Row("new", "200"));
        Assert.Equal(
            [
                "類別    金額",
                "------  ----",
                "老客戶  1800",
                "new      200",
            ],
            lines);
    }

    [Fact]
    public void Write_Separator_RuleAcrossEveryColumn()
    {
        var lines = Lines(new TextTable("a", ">b").Row("x", "1").Separator().Row("total", "1"));
        Assert.Equal(["a      b", "-----  -", "x      1", "-----  -", "total  1"], lines);
    }

    [Fact]
    public void Write_MissingAndNullCells_Blank()
    {
        var lines = Lines(new TextTable("a", "b", "c").Row("1").Row("2", null, "3"));
        Assert.Equal(["a  b  c", "-  -  -", "1", "2     3"], lines);
    }

    [Fact]
    public void Write_NoRows_HeaderAndRuleOnly()
        => Assert.Equal(["quarter  target", "-------  ------"], Lines(new TextTable("quarter", ">target")));

    [Fact]
    public void Write_TrailingBlanks_Trimmed()
        => Assert.All(Lines(new TextTable("a", "b").Row("long text", string.Empty)), line => Assert.Equal(line.TrimEnd(), line));

    [Fact]
    public void Row_MoreCellsThanColumns_Throws()
        => Assert.Contains("3 cells but the table has 2 columns", Assert.Throws<ArgumentException>(() => new TextTable("a", "b").Row("1", "2", "3")).Message, StringComparison.Ordinal);

    [Fact]
    public void Row_Null_Throws() => Assert.Throws<ArgumentNullException>(() => new TextTable("a").Row(null!));

    [Fact]
    public void Write_NullWriter_Throws() => Assert.Throws<ArgumentNullException>(() => new TextTable("a").Write(null!));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("萬元", 4)]
    [InlineData("P(≥ 5,000)", 10)] // ≥ is a narrow symbol
    [InlineData("ＡＢ", 4)] // full-width Latin letters
    [InlineData("한글", 4)] // Hangul
    [InlineData("ひらがな", 8)]
    [InlineData("𠀀", 2)] // a CJK character beyond the basic plane: one rune, two columns
    [InlineData("\U0001F600", 2)] // an emoji
    public void DisplayWidth_Text_TerminalColumns(string text, int width) => Assert.Equal(width, TextTable.DisplayWidth(text));

    [Fact]
    public void DisplayWidth_Null_Throws() => Assert.Throws<ArgumentNullException>(() => TextTable.DisplayWidth(null!));
}
