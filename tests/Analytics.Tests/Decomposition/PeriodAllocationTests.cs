using Analytics.Decomposition;

namespace Analytics.Tests.Decomposition;

public class PeriodAllocationTests
{
    // Twelve distinct months so a wrong offset cannot pass: month m holds m x 10.
    private static readonly PeriodAllocation Year = new(780m, [60m, 150m, 240m, 330m], [.. Enumerable.Range(1, 12).Select(m => m * 10m)]);

    [Theory]
    [InlineData(1, 10, 20, 30)]
    [InlineData(2, 40, 50, 60)]
    [InlineData(4, 100, 110, 120)]
    public void MonthsOf_Quarter_ItsThreeMonthsInOrder(int quarter, int first, int second, int third)
        => Assert.Equal([(decimal)first, second, third], Year.MonthsOf(quarter));

    [Fact]
    public void MonthsOf_EachQuarter_AddsUpToTheQuarter()
    {
        for (var q = 1; q <= 4; q++)
        {
            Assert.Equal(Year.Quarters[q - 1], Year.MonthsOf(q).Sum());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void MonthsOf_NoSuchQuarter_Throws(int quarter)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Year.MonthsOf(quarter));
}
