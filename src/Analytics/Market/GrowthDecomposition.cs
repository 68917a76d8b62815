namespace Analytics.Market;

/// <summary>
/// The revenue growth g split into market growth m and relative share change s, multiplicatively:
/// (1 + g) = (1 + m)(1 + s). With the seed's g = 31.6% and m = 15%, s = 1.316 / 1.15 - 1 = 14.4%:
/// the share must grow by 14.4% of itself (2.3% to 2.63%) for the target to be met.
/// </summary>
public sealed record GrowthDecomposition
{
    /// <summary>Decomposes <paramref name="revenueGrowth"/> given <paramref name="marketGrowth"/>.</summary>
    /// <param name="revenueGrowth">g, a fraction &gt; -1 (0.316 for +31.6%).</param>
    /// <param name="marketGrowth">m, a fraction &gt; -1 (0.15 for +15%).</param>
    public GrowthDecomposition(decimal revenueGrowth, decimal marketGrowth)
    {
        RevenueGrowth = GrowthRate.Check(revenueGrowth, nameof(revenueGrowth));
        MarketGrowth = GrowthRate.Check(marketGrowth, nameof(marketGrowth));
        ShareGrowth = ((1m + revenueGrowth) / (1m + marketGrowth)) - 1m;
    }

    /// <summary>g: the revenue growth, a fraction.</summary>
    public decimal RevenueGrowth { get; }

    /// <summary>m: the market growth, a fraction.</summary>
    public decimal MarketGrowth { get; }

    /// <summary>s: the relative change of our share, (1 + g) / (1 + m) - 1 (0.144 means the share grows by 14.4% of itself).</summary>
    public decimal ShareGrowth { get; }

    /// <summary>The decomposition of the growth from <paramref name="lastYear"/> to <paramref name="target"/> at <paramref name="marketGrowth"/>.</summary>
    /// <param name="lastYear">Last year's sales, 萬元, &gt; 0.</param>
    /// <param name="target">This year's target, 萬元, &gt; 0.</param>
    /// <param name="marketGrowth">m, a fraction &gt; -1.</param>
    public static GrowthDecomposition Of(decimal lastYear, decimal target, decimal marketGrowth)
    {
        Common.Preconditions.Positive(lastYear);
        Common.Preconditions.Positive(target);
        return new GrowthDecomposition(GrowthRate.Between(lastYear, target), marketGrowth);
    }

    /// <summary>The revenue growth that market growth <paramref name="marketGrowth"/> and share change <paramref name="shareGrowth"/> compose to: (1 + m)(1 + s) - 1.</summary>
    public static decimal Compose(decimal marketGrowth, decimal shareGrowth)
        => ((1m + GrowthRate.Check(marketGrowth, nameof(marketGrowth))) * (1m + GrowthRate.Check(shareGrowth, nameof(shareGrowth)))) - 1m;
}
