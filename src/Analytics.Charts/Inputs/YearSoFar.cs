using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// A year partly observed, month by month: the cumulative revenue booked in the months observed, the
/// P10/P50/P90 of cumulative revenue for the rest of the year given them, and the plan's cumulative
/// target. All amounts 萬元, cumulative from January; the band's months up to the last observed are the booked figures.
/// </summary>
/// <param name="MonthsObserved">k, 0-12: January to k observed.</param>
/// <param name="Booked">Cumulative revenue booked at the end of each observed month (k values).</param>
/// <param name="P10">10th percentile of cumulative revenue at each month's end (12 values).</param>
/// <param name="P50">Median (12 values).</param>
/// <param name="P90">90th percentile (12 values).</param>
/// <param name="TargetPath">The plan's cumulative target (12 values).</param>
public sealed record YearSoFar(int MonthsObserved, IReadOnlyList<double> Booked, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90, IReadOnlyList<double> TargetPath)
{
    /// <summary>k (validated: 0-12).</summary>
    public int MonthsObserved { get; } = Preconditions.InRange(MonthsObserved, 0, CalendarMonths.Count);

    /// <summary>Booked, 萬元 (validated: k finite values).</summary>
    public IReadOnlyList<double> Booked { get; } = ChartInputChecks.Series(Booked, MonthsObserved);

    /// <summary>10th percentile, 萬元 (validated: 12 finite values).</summary>
    public IReadOnlyList<double> P10 { get; } = ChartInputChecks.Series(P10, CalendarMonths.Count);

    /// <summary>Median, 萬元.</summary>
    public IReadOnlyList<double> P50 { get; } = ChartInputChecks.Series(P50, CalendarMonths.Count);

    /// <summary>90th percentile, 萬元.</summary>
    public IReadOnlyList<double> P90 { get; } = ChartInputChecks.Series(P90, CalendarMonths.Count);

    /// <summary>Cumulative target, 萬元.</summary>
    public IReadOnlyList<double> TargetPath { get; } = ChartInputChecks.Series(TargetPath, CalendarMonths.Count);
}
