using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// Compound annual growth rate: CAGR = (V_end / V_start)^(1 / n) - 1, and its inverse. Rates are
/// doubles because a fractional power has no exact decimal form; money stays decimal at the edges.
/// </summary>
public static class Cagr
{
    /// <summary>The constant yearly rate that turns <paramref name="start"/> into <paramref name="end"/> in <paramref name="years"/> years.</summary>
    /// <param name="start">The value at the start, &gt; 0 (any unit).</param>
    /// <param name="end">The value at the end, &gt; 0 (the same unit).</param>
    /// <param name="years">The number of years between them, &gt; 0 (fractions allowed).</param>
    /// <returns>A fraction per year (0.1 for +10% a year).</returns>
    public static double Rate(decimal start, decimal end, double years)
    {
        Preconditions.Positive(start);
        Preconditions.Positive(end);
        Preconditions.Positive(years);
        return Math.Pow((double)(end / start), 1.0 / years) - 1.0;
    }

    /// <summary>The value after <paramref name="years"/> years of growth at <paramref name="rate"/> a year: start (1 + rate)^years.</summary>
    /// <param name="start">The value at the start, &gt;= 0.</param>
    /// <param name="rate">The yearly rate, a fraction &gt; -1.</param>
    /// <param name="years">Years, &gt;= 0.</param>
    public static decimal Project(decimal start, double rate, double years)
    {
        Preconditions.NonNegative(start);
        Preconditions.GreaterThan(rate, -1.0);
        Preconditions.NonNegative(years);
        return start * (decimal)Math.Pow(1.0 + rate, years);
    }
}
