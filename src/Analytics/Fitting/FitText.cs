using System.Globalization;

namespace Analytics.Fitting;

/// <summary>How the fits write their figures in one-line summaries: invariant culture throughout.</summary>
internal static class FitText
{
    /// <summary>Four significant digits, e.g. 2.314 or 19.52.</summary>
    public static string Significant(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A fixed number of decimals, e.g. 0.41.</summary>
    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole number, e.g. 2024.</summary>
    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
