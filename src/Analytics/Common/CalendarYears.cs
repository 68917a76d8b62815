namespace Analytics.Common;

/// <summary>
/// The calendar years a plan, an install date or a renewal may name. One range for the loader and
/// the domain types, so a year the loader accepts is never rejected later by a model.
/// </summary>
public static class CalendarYears
{
    /// <summary>Earliest accepted year.</summary>
    public const int Min = 1900;

    /// <summary>Latest accepted year.</summary>
    public const int Max = 2999;

    /// <summary>Checks that <paramref name="year"/> is in [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public static int Check(int year, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(year))] string? name = null)
        => Preconditions.InRange(year, Min, Max, name);
}
