using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class RenewalOutcomesCsvTests
{
    private static CsvTable Table(string text) => CsvTable.Parse(text, "r.csv", RenewalOutcomesCsv.Schema);

    [Fact]
    public void Read_OneZeroYesNo()
    {
        var outcomes = RenewalOutcomesCsv.Read(Table("customer,tier,due_year,renewed\nC1,A,2024,1\nC2,B,2024,no\nC1,A,2025,yes\n"));
        Assert.Equal([true, false, true], outcomes.Select(o => o.Renewed));
    }

    [Theory]
    [InlineData("customer,tier,due_year,renewed\nC1,A,2024,2\n", 2, "\"2\" is not one of the allowed values")]
    [InlineData("customer,tier,due_year,renewed\nC1,A,2024,1\nC1,A,2024,0\n", 3, "the customer \"C1\" is due in 2024 twice (first on line 2)")]
    [InlineData("customer,tier,due_year,renewed\nC 1,A,2024,1\n", 2, "is not a valid identifier")]
    [InlineData("customer,tier,due_year,renewed\nC1,A,24,1\n", 2, "24 is out of range")]
    public void Read_BadRow_LineColumnAndWhy(string text, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => RenewalOutcomesCsv.Read(Table(text)));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
