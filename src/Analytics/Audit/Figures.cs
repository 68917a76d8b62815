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
        => @base * 0.5m * (decimal)Math.Pow(10, -share.Scale);
}
