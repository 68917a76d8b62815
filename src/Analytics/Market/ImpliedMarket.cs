using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// The market implied by our sales and our market share: M0 = sales / share. The seed's
/// 3800 萬元 at a 2.3% share implies a market of about 165,217 萬元 (1.65 billion CNY).
/// </summary>
public static class ImpliedMarket
{
    /// <summary>The market size implied by <paramref name="sales"/> at <paramref name="share"/>.</summary>
    /// <param name="sales">Our sales in the period, 萬元, &gt; 0.</param>
    /// <param name="share">Our share of the market as a fraction in (0, 1] (0.023 for 2.3%).</param>
    /// <returns>The market size in the unit of <paramref name="sales"/> (萬元).</returns>
    public static decimal FromShare(decimal sales, decimal share)
    {
        Preconditions.Positive(sales);
        Preconditions.Share(share);
        Preconditions.Positive(share);
        return sales / share;
    }

    /// <summary>The share that <paramref name="sales"/> represent of a market of <paramref name="marketSize"/>.</summary>
    /// <param name="sales">Our sales, 萬元, &gt;= 0 and at most the market.</param>
    /// <param name="marketSize">The market, 萬元, &gt; 0.</param>
    /// <returns>A fraction in [0, 1].</returns>
    public static decimal Share(decimal sales, decimal marketSize)
    {
        Preconditions.NonNegative(sales);
        Preconditions.Positive(marketSize);
        if (sales > marketSize)
        {
            throw new ArgumentOutOfRangeException(nameof(sales), $"sales must be at most the market size {Preconditions.Format(marketSize)}; was {Preconditions.Format(sales)}.");
        }

        return sales / marketSize;
    }
}
