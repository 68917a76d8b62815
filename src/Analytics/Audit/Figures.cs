using System.Globalization;

namespace Analytics.Audit;

/// <summary>How the audit writes figures in messages: invariant, no grouping, at most two decimals.</summary>
internal static class Figures
{
    /// <summary>An amount, e.g. 1800 or 466.67.</summary>
    public static string Amount(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, e.g. 28% or 31.58%.</summary>
    public static string Percent(decimal share) => decimal.Round(share * 100, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// How far an amount may be from share x base before they disagree: half a unit of the share's
    /// last written digit (0.28 stands for anything in [0.275, 0.285)), times the base.
    /// </summary>
    public static decimal ShareTolerance(decimal share, decimal @base)
        => @base * HalfLastDigit(share);

    /// <summary>
    /// How far a written amount may be from an exact figure: a whole number is taken as exact, an
    /// amount with decimals (466.67 for 1400 / 3) as rounded to its last written digit.
    /// </summary>
    public static decimal RoundingTolerance(decimal amount) => amount.Scale == 0 ? 0 : HalfLastDigit(amount);

    /// <summary>
    /// How far shares may add up from 100%: half a unit of the finest written digit. Shares that
    /// each stand for a rounded value must still be rounded to add up (largest remainder does).
    /// </summary>
    public static decimal ShareSumTolerance(IEnumerable<decimal> shares) => HalfLastDigit(shares.MaxBy(s => s.Scale));

    private static decimal HalfLastDigit(decimal value) => 0.5m / Pow10(value.Scale);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
