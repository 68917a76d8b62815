using Analytics.Common;

namespace Analytics.Tracking;

/// <summary>
/// One benchmark account decided, won or lost, in a month (a <c>benchmark</c> row of pipeline.csv):
/// evidence about how many of the line's benchmark prospects the year wins.
/// </summary>
/// <param name="Year">The calendar year; must be the plan's.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Line">The plan's business line whose benchmarks it is (e.g. new_product).</param>
/// <param name="Won">Whether it was won.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record ObservedBenchmark(int Year, int Month, string Line, bool Won, SourceLocation Source)
{
    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = CalendarYears.Check(Year);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, CalendarMonths.Count);

    /// <summary>The line (validated: not blank).</summary>
    public string Line { get; } = Preconditions.NotBlank(Line);

    /// <summary>Where the row was read (validated: not null).</summary>
    public SourceLocation Source { get; } = Preconditions.NotNull(Source);
}
