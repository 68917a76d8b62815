namespace Analytics.Common;

/// <summary>
/// The calendar's quarters: Q1 is January to March, Q2 April to June, Q3 July to September, Q4
/// October to December. One rule for every table, chart and page that puts months under quarters.
/// </summary>
public static class CalendarQuarters
{
    /// <summary>Quarters in a year.</summary>
    public const int Count = 4;

    /// <summary>Months in a quarter.</summary>
    public const int MonthsPerQuarter = 3;

    /// <summary>The months of quarter <paramref name="quarter"/> (1-4) as month numbers 1-12, e.g. Q4 as 10, 11, 12.</summary>
    public static IReadOnlyList<int> MonthsOf(int quarter)
        => [.. Enumerable.Range((MonthsPerQuarter * (Preconditions.InRange(quarter, 1, Count) - 1)) + 1, MonthsPerQuarter)];

    /// <summary>The quarter (1-4) that month <paramref name="month"/> (1-12) falls in.</summary>
    public static int QuarterOf(int month) => ((Preconditions.InRange(month, 1, Count * MonthsPerQuarter) - 1) / MonthsPerQuarter) + 1;

    /// <summary>The sum of quarter <paramref name="quarter"/>'s (1-4) three values in <paramref name="monthly"/>, twelve values from January, added in month order.</summary>
    public static double SumOf(IReadOnlyList<double> monthly, int quarter)
    {
        Preconditions.NotNull(monthly);
        if (monthly.Count != Count * MonthsPerQuarter)
        {
            throw new ArgumentException($"monthly must hold 12 values, January first; had {monthly.Count}.", nameof(monthly));
        }

        var sum = 0.0;
        foreach (var month in MonthsOf(quarter))
        {
            sum += monthly[month - 1];
        }

        return sum;
    }
}
