using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// TAM / SAM / SOM sized two ways. Top down: SAM = TAM x addressable fraction, SOM = SAM x achievable
/// share. Bottom up: SOM = winnable customers x average deal. Two honest estimates of the same thing
/// should roughly agree; a wide gap means one of the assumptions is wrong.
/// </summary>
public sealed record MarketSizing
{
    /// <summary>Creates a validated sizing.</summary>
    /// <param name="totalAddressableMarket">TAM, 萬元, &gt; 0.</param>
    /// <param name="addressableFraction">The part of TAM we can serve (our products, regions, channels), a fraction in [0, 1].</param>
    /// <param name="achievableShare">The share of SAM we can realistically win, a fraction in [0, 1].</param>
    /// <param name="winnableCustomers">Customers we can realistically win (bottom up), &gt;= 0.</param>
    /// <param name="averageDeal">Average yearly revenue per customer won, 萬元, &gt;= 0.</param>
    public MarketSizing(decimal totalAddressableMarket, decimal addressableFraction, decimal achievableShare, int winnableCustomers, decimal averageDeal)
    {
        TotalAddressableMarket = Preconditions.Positive(totalAddressableMarket);
        AddressableFraction = Preconditions.Share(addressableFraction);
        AchievableShare = Preconditions.Share(achievableShare);
        WinnableCustomers = Preconditions.NonNegative(winnableCustomers);
        AverageDeal = Preconditions.NonNegative(averageDeal);
    }

    /// <summary>TAM, 萬元.</summary>
    public decimal TotalAddressableMarket { get; }

    /// <summary>SAM / TAM, a fraction.</summary>
    public decimal AddressableFraction { get; }

    /// <summary>SOM / SAM (top down), a fraction.</summary>
    public decimal AchievableShare { get; }

    /// <summary>Customers we can win (bottom up).</summary>
    public int WinnableCustomers { get; }

    /// <summary>Average revenue per customer won, 萬元.</summary>
    public decimal AverageDeal { get; }

    /// <summary>SAM = TAM x addressable fraction, 萬元.</summary>
    public decimal ServiceableMarket => TotalAddressableMarket * AddressableFraction;

    /// <summary>SOM top down = SAM x achievable share, 萬元.</summary>
    public decimal ObtainableTopDown => ServiceableMarket * AchievableShare;

    /// <summary>SOM bottom up = winnable customers x average deal, 萬元.</summary>
    public decimal ObtainableBottomUp => WinnableCustomers * AverageDeal;

    /// <summary>Bottom up minus top down, 萬元 (positive when the customer count promises more than the share).</summary>
    public decimal Gap => ObtainableBottomUp - ObtainableTopDown;

    /// <summary>Gap relative to the top-down SOM; null when the top-down SOM is 0.</summary>
    public decimal? RelativeGap => ObtainableTopDown == 0 ? null : Gap / ObtainableTopDown;

    /// <summary>The share of SAM that the bottom-up SOM implies: what the customer count asks of the market; null when SAM is 0.</summary>
    public decimal? ImpliedShareOfServiceable => ServiceableMarket == 0 ? null : ObtainableBottomUp / ServiceableMarket;

    /// <summary>Whether the two estimates agree within <paramref name="tolerance"/> (relative to the top-down SOM).</summary>
    /// <param name="tolerance">The accepted relative gap, in [0, 10]; default 0.25 (25%).</param>
    public bool Reconciles(decimal tolerance = 0.25m)
    {
        Preconditions.InRange((double)tolerance, 0, 10, nameof(tolerance));
        return RelativeGap is { } gap ? Math.Abs(gap) <= tolerance : ObtainableBottomUp == 0;
    }
}
