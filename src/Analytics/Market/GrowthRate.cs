using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// Guards and arithmetic shared by every growth rate in this folder. A growth rate is a fraction
/// (0.15 for +15%) greater than -1: a market cannot shrink by 100% or more and still be a market.
/// </summary>
internal static class GrowthRate
{
    /// <summary>Requires a growth rate &gt; -1 (any decimal is finite, so only the bound is checked).</summary>
    public static decimal Check(decimal rate, string name)
    {
        if (rate <= -1m)
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be a growth rate > -1 (0.15 for +15%); was {Preconditions.Format(rate)}.");
        }

        return rate;
    }

    /// <summary>Growth from <paramref name="from"/> to <paramref name="to"/>: to / from - 1.</summary>
    public static decimal Between(decimal from, decimal to) => (to / from) - 1m;
}
