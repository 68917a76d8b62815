using Analytics.Common;

namespace Analytics.Tests.Common;

public class CalendarMonthsTests
{
    [Theory]
    [InlineData(2026, 3, "2026-03")]
    [InlineData(1999, 12, "1999-12")]
    public void Label_YearDashTwoDigitMonth(int year, int month, string expected)
        => Assert.Equal(expected, CalendarMonths.Label(year, month));

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(3000, 1)]
    public void Label_OutOfRange_Throws(int year, int month)
        => Assert.ThrowsAny<ArgumentException>(() => CalendarMonths.Label(year, month));
}
