namespace Analytics.Analyses.Trigger;

/// <summary>Cumulative revenue by month across trials (for a fan chart) and the plan's cumulative target path. Amounts 萬元, cumulative from January.</summary>
/// <param name="Months">1 to 12.</param>
/// <param name="P10">10th percentile of cumulative revenue at each month's end.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Mean">Mean.</param>
/// <param name="TargetPath">The plan's cumulative target at each month's end.</param>
public sealed record MonthlyBand(IReadOnlyList<int> Months, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90, IReadOnlyList<double> Mean, IReadOnlyList<double> TargetPath);
