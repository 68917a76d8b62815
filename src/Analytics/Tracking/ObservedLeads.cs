using Analytics.Common;

namespace Analytics.Tracking;

/// <summary>
/// Leads worked and won in one month and industry (a <c>leads_wins</c> row of pipeline.csv): evidence
/// about the industry funnel's lead-to-win rate.
/// </summary>
/// <param name="Year">The calendar year; must be the plan's.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Industry">The plan's industry id.</param>
/// <param name="Component">The scenario's funnel (component name within its stream, e.g. 3cPartners), or null for the funnel named like the industry.</param>
/// <param name="Leads">Leads decided in the month (won or lost), &gt;= 0.</param>
/// <param name="Wins">Of those, won: 0 to <paramref name="Leads"/>.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record ObservedLeads(int Year, int Month, string Industry, string? Component, int Leads, int Wins, SourceLocation Source)
{
    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = CalendarYears.Check(Year);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, CalendarMonths.Count);

    /// <summary>The industry (validated: not blank).</summary>
    public string Industry { get; } = Preconditions.NotBlank(Industry);

    /// <summary>Leads (validated: &gt;= 0).</summary>
    public int Leads { get; } = Preconditions.NonNegative(Leads);

    /// <summary>Wins (validated: 0 to leads).</summary>
    public int Wins { get; } = Preconditions.InRange(Wins, 0, Leads);

    /// <summary>Where the row was read (validated: not null).</summary>
    public SourceLocation Source { get; } = Preconditions.NotNull(Source);

    /// <summary>The scenario component the row is evidence about: <see cref="Component"/>, else the industry's id.</summary>
    public string ComponentName => Component ?? Industry;
}
