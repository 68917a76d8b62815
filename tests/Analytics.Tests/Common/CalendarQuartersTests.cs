using Analytics.Common;

namespace Analytics.Tests.Common;

public class CalendarQuartersTests
{
    [Theory]
    [InlineData(1, new[] { 1, 2, 3 })]
    [InlineData(2, new[] { 4, 5, 6 })]
    [InlineData(3, new[] { 7, 8, 9 })]
    [InlineData(4, new[] { 10, 11, 12 })]
    public void MonthsOf_EachQuarter_ItsThreeCalendarMonths(int quarter, int[] months)
        => Assert.Equal(months, CalendarQuarters.MonthsOf(quarter));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(10, 4)]
    [InlineData(12, 4)]
    public void QuarterOf_Month_TheQuarterItFallsIn(int month, int quarter)
        => Assert.Equal(quarter, CalendarQuarters.QuarterOf(month));

    [Fact]
    public void QuarterOf_EveryMonth_IsTheQuarterWhoseMonthsHoldIt()
    {
        for (var month = 1; month <= 12; month++)
        {
            Assert.Contains(month, CalendarQuarters.MonthsOf(CalendarQuarters.QuarterOf(month)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void MonthsOf_NoSuchQuarter_Throws(int quarter)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CalendarQuarters.MonthsOf(quarter));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void QuarterOf_NoSuchMonth_Throws(int month)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CalendarQuarters.QuarterOf(month));
}
