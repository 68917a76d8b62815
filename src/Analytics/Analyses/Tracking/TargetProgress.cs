using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// One target's year to date against the plan (exact, 萬元): its cumulative target through the last
/// month observed (the target phased over the months by the decomposition's rule) and what was
/// booked against it, or null when the actuals do not record it (a region while its line is given
/// as one total; a person credited with channel partners, which actuals do not record).
/// </summary>
/// <param name="Id">The target node's or the person's id.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Level">What it is.</param>
/// <param name="Parent">The parent node's id (for nodes below a line), else null.</param>
/// <param name="Target">The annual target, 萬元.</param>
/// <param name="TargetToDate">The cumulative target through the last month observed, 萬元.</param>
/// <param name="Actual">Booked through the last month observed, 萬元, or null when not recorded.</param>
public sealed record TargetProgress(string Id, string NameZh, string NameEn, ProgressLevel Level, string? Parent, decimal Target, decimal TargetToDate, decimal? Actual)
{
    /// <summary>The id (validated: not blank).</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>The annual target (validated: &gt;= 0).</summary>
    public decimal Target { get; } = Preconditions.NonNegative(Target);

    /// <summary>The target to date (validated: &gt;= 0).</summary>
    public decimal TargetToDate { get; } = Preconditions.NonNegative(TargetToDate);

    /// <summary>Actual − target to date, 萬元 (negative: behind), or null when not recorded.</summary>
    public decimal? Gap => Actual - TargetToDate;

    /// <summary>Actual / target to date, or null when not recorded or nothing was due yet.</summary>
    public double? Completion => Actual is { } a && TargetToDate > 0 ? (double)(a / TargetToDate) : null;

    /// <summary>What remains of the annual target after what was booked, 萬元 (0 once met), or null when not recorded.</summary>
    public decimal? Remaining => Actual is { } a ? Math.Max(0, Target - a) : null;
}
