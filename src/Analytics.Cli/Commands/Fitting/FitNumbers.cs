using System.Globalization;

namespace Analytics.Cli.Commands.Fitting;

/// <summary>How the fit commands print numbers: invariant culture, a fixed number of decimals or a whole number.</summary>
internal static class FitNumbers
{
    /// <summary>The number with exactly <paramref name="decimals"/> decimals, e.g. FixedPoint(0.70412, 4) = "0.7041".</summary>
    public static string FixedPoint(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole number without grouping, e.g. a period label "2019".</summary>
    public static string WholeNumber(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Four significant digits, e.g. "2.314" or "1.23E-05".</summary>
    public static string Significant(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A nullable figure, "-" when absent.</summary>
    public static string Optional(double? value, int decimals) => value is { } v ? FixedPoint(v, decimals) : "-";
}
