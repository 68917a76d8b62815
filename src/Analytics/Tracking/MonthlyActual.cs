using Analytics.Common;

namespace Analytics.Tracking;

/// <summary>
/// Sales booked in one month of the plan year by one business line (one row of actuals.csv), for
/// the whole line or broken down by industry, region or both.
/// </summary>
/// <param name="Year">The calendar year (1900-2999); must be the plan's year.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Line">The business line's target id (e.g. new_customers).</param>
/// <param name="Industry">The industry the sales were in, or null when the row does not say.</param>
/// <param name="Region">The sales region, or null when the row does not say.</param>
/// <param name="Amount">Sales booked, 萬元, &gt;= 0.</param>
/// <param name="Source">Where the row was read (<see cref="SourceLocation.None"/> for a row built in code).</param>
public sealed record MonthlyActual(int Year, int Month, string Line, string? Industry, string? Region, decimal Amount, SourceLocation Source)
{
    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = CalendarYears.Check(Year);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, 12);

    /// <summary>The line (validated: not blank).</summary>
    public string Line { get; } = Preconditions.NotBlank(Line);

    /// <summary>The amount (validated: &gt;= 0).</summary>
    public decimal Amount { get; } = Preconditions.NonNegative(Amount);

    /// <summary>Where the row was read (validated: not null).</summary>
    public SourceLocation Source { get; } = Preconditions.NotNull(Source);

    /// <summary>Which dimensions the row breaks its line down by.</summary>
    public ActualsBreakdown Breakdown => (Industry, Region) switch
    {
        (null, null) => ActualsBreakdown.Line,
        (not null, null) => ActualsBreakdown.Industry,
        (null, not null) => ActualsBreakdown.Region,
        _ => ActualsBreakdown.IndustryAndRegion,
    };
}
