using System.Globalization;

namespace Analytics.Common;

/// <summary>
/// How the toolkit writes amounts, percentages and counts for people: the command line's tables,
/// the audit's messages, the notebooks, the charts and the report all use these named formats
/// (invariant culture), so one figure reads the same everywhere. Units are the caller's: an amount
/// is written as given (萬元, or millions after the caller's conversion). A value that rounds to
/// zero is written without a minus sign ("0", not "-0").
/// </summary>
public static class Formats
{
    /// <summary>An amount with thousands grouped and at most two decimals: 5000 as "5,000", 466.666 as "466.67", 12.5 as "12.5".</summary>
    /// <param name="value">The amount.</param>
    /// <param name="signed">Write "+" before a positive amount (bridges, differences); default false.</param>
    public static string Amount(decimal value, bool signed = false) => value.ToString(Pattern("#,0.##", signed), CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Amount(decimal, bool)"/>
    public static string Amount(double value, bool signed = false) => value.ToString(Pattern("#,0.##", signed), CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount with thousands grouped and exactly <paramref name="decimals"/> decimals: a simulated
    /// mean 4761.27 as "4,761.3" (1; its further decimals are Monte Carlo noise), millions as "50.00" (2),
    /// a target as "5,000" (0).
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="decimals">Decimals shown, 0-6.</param>
    /// <param name="signed">Write "+" before a positive amount; default false.</param>
    public static string Amount(double value, int decimals, bool signed = false) => value.ToString(Pattern("#,0" + Decimals(decimals), signed), CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount as the audit's messages and fixes write it: no grouping, rounded half to even to two
    /// decimals, trailing zeros dropped: 1800 as "1800", 1400 / 3 as "466.67".
    /// </summary>
    public static string PlainAmount(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with exactly <paramref name="decimals"/> decimals: 0.316 as "31.6%" (1), 0.30877 as "30.8770%" (4).</summary>
    /// <param name="fraction">The fraction (1 is 100%).</param>
    /// <param name="decimals">Decimals shown, 0-6; default 1.</param>
    public static string Percent(double fraction, int decimals = 1) => (fraction * 100).ToString(Pattern("0" + Decimals(decimals), false), CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc cref="Percent(double, int)"/>
    public static string Percent(decimal fraction, int decimals = 1) => Percent((double)fraction, decimals);

    /// <summary>A fraction as a percentage with at most <paramref name="maxDecimals"/> decimals, trailing zeros dropped: 0.15 as "15%", 0.155 as "15.5%".</summary>
    /// <param name="fraction">The fraction (1 is 100%).</param>
    /// <param name="maxDecimals">Most decimals shown, 0-6; default 2.</param>
    public static string PercentUpTo(double fraction, int maxDecimals = 2) => (fraction * 100).ToString(Pattern("0" + Decimals(maxDecimals, trim: true), false), CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc cref="PercentUpTo(double, int)"/>
    public static string PercentUpTo(decimal fraction, int maxDecimals = 2) => (fraction * 100).ToString(Pattern("0" + Decimals(maxDecimals, trim: true), false), CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A share as the audit's messages write it: a percentage rounded half to even to two decimals,
    /// trailing zeros dropped: 0.28 as "28%", 0.315789 as "31.58%".
    /// </summary>
    public static string PlainPercent(decimal share) => decimal.Round(share * 100, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A difference or a standard error of fractions in percentage points, without the unit: 0.0015 as
    /// "0.15" (2); at 100,000 trials a one-decimal percentage would round such an error away.
    /// </summary>
    /// <param name="fraction">The difference or error as a fraction (0.01 is one point).</param>
    /// <param name="decimals">Decimals shown, 0-6; default 2.</param>
    /// <param name="signed">Write "+" before a positive difference; default false.</param>
    public static string Points(double fraction, int decimals = 2, bool signed = false) => (fraction * 100).ToString(Pattern("0" + Decimals(decimals), signed), CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Points(double, int, bool)"/>
    public static string Points(decimal fraction, int decimals = 2, bool signed = false) => (fraction * 100).ToString(Pattern("0" + Decimals(decimals), signed), CultureInfo.InvariantCulture);

    /// <summary>A count (trials, years, rows) with thousands grouped: 100000 as "100,000".</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    private const int MaxDecimals = 6;

    private static string Decimals(int decimals, bool trim = false)
    {
        Preconditions.InRange(decimals, 0, MaxDecimals);
        return decimals == 0 ? string.Empty : "." + new string(trim ? '#' : '0', decimals);
    }

    // Three sections: positive, negative, and zero (also a value that rounds to zero), so no "-0".
    private static string Pattern(string number, bool signed) => $"{(signed ? "+" : string.Empty)}{number};-{number};{number}";
}
