using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// What a target needs from the market at one rate of market growth: the share needed,
/// T / (M0 (1 + m)), against the revenue that holding last year's share would give, S0 (1 + m).
/// </summary>
/// <param name="MarketGrowth">m, the market growth assumed, a fraction.</param>
/// <param name="MarketSize">The market next year, M0 (1 + m), 萬元.</param>
/// <param name="HoldShareRevenue">Our sales next year if our share stays as it was: S0 (1 + m), 萬元.</param>
/// <param name="RequiredShare">The share the target needs: T / (M0 (1 + m)), a fraction.</param>
/// <param name="ShareGainPoints">RequiredShare - last year's share, a fraction (0.0033 is 0.33 percentage points).</param>
/// <param name="RelativeShareGain">s = RequiredShare / last year's share - 1, the share change of (1 + g) = (1 + m)(1 + s).</param>
/// <param name="ShareGainRevenue">What the share gain must deliver: T - HoldShareRevenue, 萬元 (negative when holding share already beats the target).</param>
public sealed record ShareRequirement(
    decimal MarketGrowth,
    decimal MarketSize,
    decimal HoldShareRevenue,
    decimal RequiredShare,
    decimal ShareGainPoints,
    decimal RelativeShareGain,
    decimal ShareGainRevenue)
{
    /// <summary>What <paramref name="target"/> needs at market growth <paramref name="marketGrowth"/>.</summary>
    /// <param name="lastYearSales">S0, last year's sales, 萬元, &gt; 0.</param>
    /// <param name="share">Last year's market share, a fraction in (0, 1].</param>
    /// <param name="target">T, this year's target, 萬元, &gt; 0.</param>
    /// <param name="marketGrowth">m, a fraction &gt; -1.</param>
    public static ShareRequirement At(decimal lastYearSales, decimal share, decimal target, decimal marketGrowth)
    {
        var market = ImpliedMarket.FromShare(lastYearSales, share);
        Preconditions.Positive(target);
        GrowthRate.Check(marketGrowth, nameof(marketGrowth));
        var nextMarket = market * (1m + marketGrowth);
        var holdShare = lastYearSales * (1m + marketGrowth);

        // T share / (S0 (1 + m)) is T / (M0 (1 + m)) without the rounding of M0 = S0 / share.
        var required = target * share / holdShare;
        return new ShareRequirement(
            marketGrowth,
            nextMarket,
            holdShare,
            required,
            required - share,
            (required / share) - 1m,
            target - holdShare);
    }

    /// <summary>
    /// The same at <paramref name="steps"/> + 1 evenly spaced growth rates from <paramref name="low"/> to
    /// <paramref name="high"/> (both included), for a table or a chart of share needed against market growth.
    /// </summary>
    /// <param name="lastYearSales">S0, 萬元, &gt; 0.</param>
    /// <param name="share">Last year's share, a fraction in (0, 1].</param>
    /// <param name="target">T, 萬元, &gt; 0.</param>
    /// <param name="low">The lowest market growth, a fraction &gt; -1.</param>
    /// <param name="high">The highest market growth, &gt;= <paramref name="low"/>.</param>
    /// <param name="steps">Intervals between low and high, in [1, 1000]; default 5.</param>
    public static IReadOnlyList<ShareRequirement> Over(decimal lastYearSales, decimal share, decimal target, decimal low, decimal high, int steps = 5)
    {
        GrowthRate.Check(low, nameof(low));
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"high must be >= low ({Preconditions.Format(low)}); was {Preconditions.Format(high)}.");
        }

        Preconditions.InRange(steps, 1, 1000);
        return Enumerable.Range(0, steps + 1)
            .Select(i => At(lastYearSales, share, target, low + ((high - low) * i / steps)))
            .ToArray();
    }
}
