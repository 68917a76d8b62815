using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// Cumulative revenue by month as the simulation sees it (percentiles across trials) and the
/// cumulative target path it is measured against. All amounts 萬元, cumulative from January.
/// </summary>
/// <param name="Months">Month numbers, 1-12, ascending.</param>
/// <param name="P10">10th percentile of cumulative revenue at each month.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="TargetPath">The cumulative target at each month (e.g. the phased plan).</param>
public sealed record FanBand(IReadOnlyList<int> Months, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90, IReadOnlyList<double> TargetPath)
{
    /// <summary>Month numbers 1-12, strictly ascending, at least one.</summary>
    public IReadOnlyList<int> Months { get; } = CheckMonths(Months);

    /// <summary>10th percentile, 萬元.</summary>
    public IReadOnlyList<double> P10 { get; } = ChartInputChecks.Series(P10, Months.Count);

    /// <summary>Median, 萬元.</summary>
    public IReadOnlyList<double> P50 { get; } = ChartInputChecks.Series(P50, Months.Count);

    /// <summary>90th percentile, 萬元.</summary>
    public IReadOnlyList<double> P90 { get; } = ChartInputChecks.Series(P90, Months.Count);

    /// <summary>Cumulative target, 萬元.</summary>
    public IReadOnlyList<double> TargetPath { get; } = ChartInputChecks.Series(TargetPath, Months.Count);

    private static IReadOnlyList<int> CheckMonths(IReadOnlyList<int> months)
    {
        ChartInputChecks.Ascending(months);
        Preconditions.InRange(months[0], 1, 12, nameof(months));
        Preconditions.InRange(months[^1], 1, 12, nameof(months));
        return months;
    }
}
