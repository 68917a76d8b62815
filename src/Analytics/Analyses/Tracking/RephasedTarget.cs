using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// One target's share of what remains of the year after re-planning, by remaining month (萬元,
/// exact: a node's months add up to its remaining target, its children's to its own month by month).
/// </summary>
/// <param name="Id">The target node's or the person's id.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Level">What it is.</param>
/// <param name="Parent">The parent node's id (below a line), else null.</param>
/// <param name="FirstMonth">The first remaining month (M + 1), 1-12.</param>
/// <param name="Months">The new target of each remaining month, from <paramref name="FirstMonth"/> to December, 萬元.</param>
/// <param name="PlanRemaining">What the plan itself still asks of it in those months (its annual target minus its target to date), 萬元.</param>
/// <param name="ByMomentum">Whether its share came from momentum (false: the plan's proportions, by method or because its level is not recorded).</param>
public sealed record RephasedTarget(string Id, string NameZh, string NameEn, ProgressLevel Level, string? Parent, int FirstMonth, IReadOnlyList<decimal> Months, decimal PlanRemaining, bool ByMomentum)
{
    /// <summary>The first remaining month (validated: 1-12, with one month per remaining month in <see cref="Months"/>).</summary>
    public int FirstMonth { get; } = Preconditions.InRange(FirstMonth, 1, CalendarMonths.Count);

    /// <summary>The months (validated: one per remaining month, each &gt;= 0).</summary>
    public IReadOnlyList<decimal> Months { get; } = Months.Count == CalendarMonths.Count + 1 - FirstMonth && Months.All(v => v >= 0)
        ? Months
        : throw new ArgumentException($"Months must hold one amount >= 0 for each month from {FirstMonth} to 12; had {Months.Count}.", nameof(Months));

    /// <summary>The new remaining target: the sum of the months, 萬元.</summary>
    public decimal Remaining => Months.Sum();

    /// <summary>The new target of each remaining quarter (those with a remaining month), in calendar order: (quarter, amount).</summary>
    public IReadOnlyList<(int Quarter, decimal Amount)> Quarters
        => [.. Months.Select((v, i) => (Quarter: CalendarQuarters.QuarterOf(FirstMonth + i), Value: v)).GroupBy(x => x.Quarter).Select(g => (g.Key, g.Sum(x => x.Value)))];
}
