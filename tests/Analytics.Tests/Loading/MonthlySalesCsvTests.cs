using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class MonthlySalesCsvTests
{
    private static CsvTable Table(string text) => CsvTable.Parse(text, "s.csv", MonthlySalesCsv.Schema);

    [Fact]
    public void Read_MonthsAndLines()
    {
        var sales = MonthlySalesCsv.Read(Table("month,line,amount\n2024-07,repurchase,120.5\n2024-07,new_customers,0\n"));
        Assert.Equal((2024, 7, "repurchase", 120.5m), (sales[0].Year, sales[0].Month, sales[0].Line, sales[0].Amount));
    }

    [Theory]
    [InlineData("month,amount\n2024-13,1\n", 2, "\"2024-13\" is not a month; expected a month written YYYY-MM")]
    [InlineData("month,amount\n2024/07,1\n", 2, "is not a month")]
    [InlineData("month,amount\n2024-07,1\n2024-07,2\n", 3, "2024-07 appears twice (first on line 2)")]
    [InlineData("month,amount\n2024-07,\"1,200\"\n", 2, "contains a thousands separator")]
    [InlineData("month,amount\n2024-07,-5\n", 2, "the amount -5 is negative")]
    public void Read_BadRow_LineColumnAndWhy(string text, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => MonthlySalesCsv.Read(Table(text)));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
