using Analytics.Decomposition;

namespace Analytics.Audit;

/// <summary>
/// Shares scaled to a new total at their written precision, so that the written shares add up to it
/// exactly (largest remainder): the audit's "scale the shares" fixes.
/// </summary>
internal static class ShareScaling
{
    /// <summary>
    /// <paramref name="shares"/> in proportion, adding up to <paramref name="total"/> rounded to the finest
    /// written precision among them (at least two decimals: 0.55 and 0.45 scale in hundredths).
    /// </summary>
    public static decimal[] Scale(IReadOnlyList<decimal> shares, decimal total)
    {
        var decimals = Math.Max(2, shares.Count == 0 ? 0 : shares.Max(s => (int)s.Scale));
        var unit = 1m / Figures.Pow10(decimals);
        var rounded = decimal.Round(total, decimals);
        return shares.All(s => s == 0) ? [.. shares] : Allocation.LargestRemainder(Math.Max(0m, rounded), shares, unit);
    }
}
