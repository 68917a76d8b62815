using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Cumulative revenue month by month in a year partly observed: what was booked in the months
/// observed, then the P10/P50/P90 of the rest of the year given them; beside it the band the
/// scenario gave before the year began, and the plan's cumulative target. Amounts 萬元, cumulative from January.
/// </summary>
/// <param name="MonthsObserved">k, 0-12.</param>
/// <param name="Booked">The cumulative total booked at the end of each month observed (k values).</param>
/// <param name="P10">10th percentile at each month's end (12 values; the booked figure for months observed).</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Prior">The scenario's band before the year (12 values).</param>
/// <param name="TargetPath">The plan's cumulative target (12 values).</param>
public sealed record MonthlyFan(int MonthsObserved, IReadOnlyList<double> Booked, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90, IReadOnlyList<OutcomeRange> Prior, IReadOnlyList<double> TargetPath)
{
    /// <summary>k (validated: 0-12, with that many booked months).</summary>
    public int MonthsObserved { get; } = Preconditions.InRange(MonthsObserved, 0, CalendarMonths.Count) == Booked.Count
        ? MonthsObserved
        : throw new ArgumentException($"Booked must hold the {MonthsObserved} months observed; had {Booked.Count}.", nameof(Booked));
}
