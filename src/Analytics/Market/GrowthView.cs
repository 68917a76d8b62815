namespace Analytics.Market;

/// <summary>The three ways the seed argues for its growth.</summary>
public enum GrowthViewKind
{
    /// <summary>The market grows and we hold (or gain) share.</summary>
    Market,

    /// <summary>Existing customers renew (equipment due for replacement).</summary>
    Customers,

    /// <summary>The new product sells.</summary>
    Product,
}

/// <summary>
/// One view's account of the year's increment (target - last year's sales): what it contributes,
/// as a range, and how far that falls short of (negative gap) or exceeds the increment.
/// </summary>
/// <param name="Kind">Which view.</param>
/// <param name="Basis">What the figures rest on, in words, e.g. "hold 2.3% share of a market growing 15%-20%".</param>
/// <param name="ContributionLow">The low end of the view's contribution to the increment, 萬元.</param>
/// <param name="ContributionHigh">The high end, 萬元.</param>
/// <param name="ImpliedGrowthLow">ContributionLow / last year's sales: the growth this view alone supports, a fraction.</param>
/// <param name="ImpliedGrowthHigh">ContributionHigh / last year's sales.</param>
/// <param name="GapLow">ContributionLow - increment, 萬元: negative is what the view leaves unexplained.</param>
/// <param name="GapHigh">ContributionHigh - increment, 萬元.</param>
public sealed record GrowthView(
    GrowthViewKind Kind,
    string Basis,
    decimal ContributionLow,
    decimal ContributionHigh,
    decimal ImpliedGrowthLow,
    decimal ImpliedGrowthHigh,
    decimal GapLow,
    decimal GapHigh)
{
    /// <summary>A view whose contribution lies between <paramref name="low"/> and <paramref name="high"/>.</summary>
    internal static GrowthView Of(GrowthViewKind kind, string basis, decimal low, decimal high, decimal lastYear, decimal increment)
        => new(kind, basis, low, high, low / lastYear, high / lastYear, low - increment, high - increment);
}
