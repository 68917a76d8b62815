using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class CohortSurvivalCsvTests
{
    [Fact]
    public void Read_PeriodsFromOne_CohortFromTheFirstRow()
    {
        var cohort = CohortSurvivalCsv.Read(CsvTable.Parse("period,alive\n1,1000\n2,631\n3,468\n", "c.csv", CohortSurvivalCsv.Schema));
        Assert.Equal([1000, 631, 468], cohort.Alive);
        Assert.Equal(1, cohort.Labels.First);
        Assert.Equal(2, cohort.LastPeriod);
    }

    [Fact]
    public void Read_CountRises_NamesThePreviousPeriodByItsLabel()
    {
        var e = Assert.Throws<InputException>(() => CohortSurvivalCsv.Read(CsvTable.Parse("period,alive\n2020,1000\n2021,631\n2022,700\n", "c.csv", CohortSurvivalCsv.Schema)));
        Assert.Equal(4, e.Line);
        Assert.Contains("700 alive is more than the 631 alive at period 2021", e.Message, StringComparison.Ordinal);
    }
}
