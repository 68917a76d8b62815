using Analytics.Common;

namespace Analytics.Planning.Generation;

/// <summary>
/// What a generated customer list must satisfy: exact counts by tier, industry and due status,
/// and the region mix of each industry. The defaults reproduce the shipped plan's list
/// (data/plc-2026/customers.csv): 200 customers, 60 due in 2026 (A 20, B 25, C 15, as in the
/// reference scenario), renewal orders A 30 / B 18 / C 10 萬元 so the due customers' potential is
/// 20x30 + 25x18 + 15x10 = 1200 萬元, the seed's figure.
/// </summary>
public sealed record CustomerListSpec
{
    /// <summary>The plan year: due customers renew in it.</summary>
    public int PlanYear { get; init; } = 2026;

    /// <summary>Customers per tier (default A 40, B 80, C 80: assumption A13).</summary>
    public IReadOnlyDictionary<CustomerTier, int> TierCounts { get; init; } = new Dictionary<CustomerTier, int> { [CustomerTier.A] = 40, [CustomerTier.B] = 80, [CustomerTier.C] = 80 };

    /// <summary>Customers per tier due for renewal in the plan year (default A 20, B 25, C 15).</summary>
    public IReadOnlyDictionary<CustomerTier, int> DueCounts { get; init; } = new Dictionary<CustomerTier, int> { [CustomerTier.A] = 20, [CustomerTier.B] = 25, [CustomerTier.C] = 15 };

    /// <summary>Expected renewal order by tier, 萬元 (default A 30, B 18, C 10: the reference scenario's means).</summary>
    public IReadOnlyDictionary<CustomerTier, decimal> RenewalOrders { get; init; } = new Dictionary<CustomerTier, decimal> { [CustomerTier.A] = 30, [CustomerTier.B] = 18, [CustomerTier.C] = 10 };

    /// <summary>Customers per industry (default 3C 90, lithium 50, packaging 60: assumption A13).</summary>
    public IReadOnlyDictionary<string, int> IndustryCounts { get; init; } = new Dictionary<string, int> { ["3c"] = 90, ["lithium"] = 50, ["packaging"] = 60 };

    /// <summary>Each industry's region mix (default: the plan's new-customer split by region, assumption A7).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Region, decimal Share)>> RegionMix { get; init; } = new Dictionary<string, IReadOnlyList<(string, decimal)>>
    {
        ["3c"] = [("south", 0.55m), ("east", 0.45m)],
        ["lithium"] = [("central", 0.40m), ("southwest", 0.35m), ("south", 0.25m)],
        ["packaging"] = [("north", 0.55m), ("central", 0.45m)],
    };

    /// <summary>Equipment renewal cycle by industry, years (default 3C 6, lithium 7, packaging 8: assumption A14).</summary>
    public IReadOnlyDictionary<string, int> CycleYears { get; init; } = new Dictionary<string, int> { ["3c"] = 6, ["lithium"] = 7, ["packaging"] = 8 };

    /// <summary>Place names (Chinese) by region id, for customer names in regions the generator has no city list for (default none).</summary>
    public IReadOnlyDictionary<string, string> PlaceNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Total customers (the sum of the tier counts).</summary>
    public int Total => TierCounts.Values.Sum();

    /// <summary>Checks the spec is satisfiable; throws <see cref="ArgumentException"/> saying what disagrees.</summary>
    public void Validate()
    {
        if (IndustryCounts.Values.Sum() != Total)
        {
            throw new ArgumentException($"The industry counts add up to {IndustryCounts.Values.Sum()} but the tier counts to {Total}.");
        }

        foreach (var (tier, due) in DueCounts)
        {
            Preconditions.InRange(due, 0, TierCounts.TryGetValue(tier, out var n) ? n : 0, $"due customers of tier {tier}");
        }

        foreach (var industry in IndustryCounts.Keys)
        {
            if (!RegionMix.TryGetValue(industry, out var mix) || mix.Count == 0 || mix.Sum(m => m.Share) != 1m)
            {
                throw new ArgumentException($"The region mix of industry \"{industry}\" is missing or its shares do not add up to 1.");
            }

            Preconditions.InRange(CycleYears.TryGetValue(industry, out var cycle) ? cycle : 0, 2, 50, $"renewal cycle of industry \"{industry}\"");
        }
    }
}
