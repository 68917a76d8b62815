using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class TableRowTests
{
    private static TableRow Row(string value)
        => CsvTable.Parse("id,amount\nx,\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n", "t.csv", new CsvSchema("id", "amount")).Rows[0];

    [Theory]
    [InlineData("1800", 1800)]
    [InlineData("466.67", 466.67)]
    [InlineData(" 12 ", 12)]
    [InlineData("1e3", 1000)]
    public void Amount_PlainNumber_Parsed(string text, double expected)
        => Assert.Equal((decimal)expected, Row(text).Amount("amount"));

    [Theory]
    [InlineData("1,800", "thousands separator")]
    [InlineData("１８００", "full-width")]
    [InlineData("28%", "percent sign")]
    [InlineData("NaN", "not a finite number")]
    [InlineData("Infinity", "not a finite number")]
    [InlineData("=SUM(A1:A3)", "spreadsheet formula")]
    [InlineData("abc", "is not a number")]
    [InlineData("-5", "negative")]
    [InlineData("1e30", "too large")]
    [InlineData("", "empty")]
    public void Amount_BadText_RejectedWithLineAndColumn(string text, string fragment)
    {
        var e = Assert.Throws<InputException>(() => Row(text).Amount("amount"));
        Assert.Equal(2, e.Line);
        Assert.Equal("2 (amount)", e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.28", 0.28)]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    public void Share_Fraction_Parsed(string text, double expected)
        => Assert.Equal((decimal)expected, Row(text).Share("amount"));

    [Fact]
    public void Share_OverOne_SaysOver100Percent()
    {
        var e = Assert.Throws<InputException>(() => Row("1.2").Share("amount"));
        Assert.Contains("over 100%", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("99999999999")]
    public void Integer_NotAWholeNumberInRange_Rejected(string text)
        => Assert.Throws<InputException>(() => Row(text).Integer("amount", 0, 1000));

    [Fact]
    public void Id_WithSpace_Rejected()
        => Assert.Throws<InputException>(() => CsvTable.Parse("id,amount\na b,1\n", "t.csv", new CsvSchema("id", "amount")).Rows[0].Id("id"));

    [Fact]
    public void Id_Chinese_Accepted()
        => Assert.Equal("客戶_01", CsvTable.Parse("id,amount\n客戶_01,1\n", "t.csv", new CsvSchema("id", "amount")).Rows[0].Id("id"));
}
