using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tracking;

/// <summary>
/// Customers of one tier whose renewal fell due, and how many renewed, in one month (a
/// <c>renewals</c> row of pipeline.csv): evidence about the tier's renewal probability.
/// </summary>
/// <param name="Year">The calendar year; must be the plan's.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Tier">The customer tier.</param>
/// <param name="Component">The scenario's renewal tier (component name within its stream), or null for "tier" + the tier (tierA).</param>
/// <param name="Due">Customers whose renewal was decided in the month, &gt;= 0.</param>
/// <param name="Renewed">Of those, renewed: 0 to <paramref name="Due"/>.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record ObservedRenewals(int Year, int Month, CustomerTier Tier, string? Component, int Due, int Renewed, SourceLocation Source)
{
    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = CalendarYears.Check(Year);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, CalendarMonths.Count);

    /// <summary>Customers due (validated: &gt;= 0).</summary>
    public int Due { get; } = Preconditions.NonNegative(Due);

    /// <summary>Renewals (validated: 0 to due).</summary>
    public int Renewed { get; } = Preconditions.InRange(Renewed, 0, Due);

    /// <summary>Where the row was read (validated: not null).</summary>
    public SourceLocation Source { get; } = Preconditions.NotNull(Source);

    /// <summary>The scenario component the row is evidence about: <see cref="Component"/>, else "tier" + the tier.</summary>
    public string ComponentName => Component ?? "tier" + Tier;
}
