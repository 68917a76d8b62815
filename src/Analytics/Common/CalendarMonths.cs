using System.Globalization;

namespace Analytics.Common;

/// <summary>Calendar months as files and messages write them: YYYY-MM (2026-03), the one format of month cells.</summary>
public static class CalendarMonths
{
    /// <summary>Months in a year.</summary>
    public const int Count = 12;

    /// <summary>"2026-03" for March 2026.</summary>
    public static string Label(int year, int month)
        => string.Create(CultureInfo.InvariantCulture, $"{CalendarYears.Check(year):0000}-{Preconditions.InRange(month, 1, Count):00}");
}
