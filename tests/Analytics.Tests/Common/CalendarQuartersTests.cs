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

    [Theory]
    [InlineData(1, 6)] // 1 + 2 + 3
    [InlineData(2, 15)] // 4 + 5 + 6
    [InlineData(3, 24)] // 7 + 8 + 9
    [InlineData(4, 33)] // 10 + 11 + 12
    public void SumOf_MonthNumbersAsValues_TheQuarterMonthsTotal(int quarter, double sum)
        => Assert.Equal(sum, CalendarQuarters.SumOf([.. Enumerable.Range(1, 12).Select(m => (double)m)], quarter));

    [Fact]
    public void SumOf_FourQuarters_AddUpToTheYear()
    {
        double[] monthly = [0.05, 0.06, 0.07, 0.08, 0.08, 0.08, 0.09, 0.09, 0.10, 0.10, 0.10, 0.10];
        Assert.Equal(1.0, Enumerable.Range(1, 4).Sum(q => CalendarQuarters.SumOf(monthly, q)), 12);
        Assert.Equal(0.18, CalendarQuarters.SumOf(monthly, 1), 12);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(0)]
    public void SumOf_NotTwelveValues_Throws(int count)
        => Assert.Throws<ArgumentException>(() => CalendarQuarters.SumOf(new double[count], 1));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void SumOf_NoSuchQuarter_Throws(int quarter)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CalendarQuarters.SumOf(new double[12], quarter));
}
