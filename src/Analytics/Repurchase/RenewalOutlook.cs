using Analytics.Common;

namespace Analytics.Repurchase;

/// <summary>
/// The renewals of the customers due this year, tier by tier, as deterministic expectations: the
/// potential if all renew (the seed's "about 1200 萬元") against the probability-weighted value
/// (810 萬元 with the reference tiers). The revenue's standard deviation counts only the uncertainty
/// of who renews, with order values at their means.
/// </summary>
public sealed record RenewalOutlook
{
    private RenewalOutlook(IReadOnlyList<DueTier> tiers)
    {
        Tiers = tiers;
        Customers = tiers.Sum(t => t.Customers);
        Potential = tiers.Sum(t => t.Potential);
        Expected = tiers.Sum(t => t.Expected);
        ExpectedRenewing = tiers.Sum(t => t.ExpectedRenewing);
        RevenueStandardDeviation = Math.Sqrt(tiers.Sum(t => t.Customers * t.Probability * (1.0 - t.Probability) * (double)(t.OrderValue * t.OrderValue)));
    }

    /// <summary>The tiers, in the order given.</summary>
    public IReadOnlyList<DueTier> Tiers { get; }

    /// <summary>Customers due, all tiers.</summary>
    public int Customers { get; }

    /// <summary>The renewals if every due customer renews, 萬元.</summary>
    public decimal Potential { get; }

    /// <summary>The expected renewals, sum of n p v, 萬元.</summary>
    public decimal Expected { get; }

    /// <summary>Expected / Potential: the share of the potential a plan can count on; 0 when there is no potential.</summary>
    public decimal ExpectedShareOfPotential => Potential == 0 ? 0m : Expected / Potential;

    /// <summary>The expected number of customers renewing.</summary>
    public double ExpectedRenewing { get; }

    /// <summary>sqrt(sum n p (1 - p) v^2), 萬元: the spread from who renews, order values fixed at their means.</summary>
    public double RevenueStandardDeviation { get; }

    /// <summary>Summarises <paramref name="tiers"/> (each tier at most once).</summary>
    public static RenewalOutlook Of(IReadOnlyList<DueTier> tiers)
    {
        Preconditions.NotEmpty(tiers);
        Preconditions.UniqueKeys(tiers, t => t.Tier.ToString());

        return new RenewalOutlook(tiers.ToArray());
    }
}
