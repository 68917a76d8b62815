using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class LeadPeriodsCsvTests
{
    private static CsvTable Table(string text) => CsvTable.Parse(text, "l.csv", LeadPeriodsCsv.Schema);

    [Fact]
    public void Read_WithIndustry_Periods()
    {
        var periods = LeadPeriodsCsv.Read(Table("period,industry,leads,wins\n2024Q1,3c,30,4\n2024Q1,lithium,12,1\n"));
        Assert.Equal(("2024Q1", "lithium", 12, 1), (periods[1].Period, periods[1].Industry, periods[1].Leads, periods[1].Wins));
        Assert.Null(LeadPeriodsCsv.Read(Table("period,leads,wins\n1,3,1\n"))[0].Industry);
    }

    [Theory]
    [InlineData("period,leads,wins\nq1,10,11\n", 2, "column 3 (wins): 11 is out of range; expected a whole number in [0, 10]")]
    [InlineData("period,leads,wins\nq1,10,1\nq1,12,2\n", 3, "the period \"q1\" appears twice (first on line 2)")]
    [InlineData("period,leads,wins\nq1,-1,0\n", 2, "column 2 (leads): -1 is out of range")]
    [InlineData("period,leads,wins\nq1,1.5,0\n", 2, "\"1.5\" is not a whole number")]
    [InlineData("period,leads,wins\n", 0, "the file has a header but no rows")]
    public void Read_BadRow_LineColumnAndWhy(string text, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => LeadPeriodsCsv.Read(Table(text)));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
