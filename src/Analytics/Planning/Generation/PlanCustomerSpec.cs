using Analytics.Decomposition;

namespace Analytics.Planning.Generation;

/// <summary>
/// The customer list a plan's own facts call for (<c>generate customers --plan</c>): its
/// existing_customers, renewal_due_customers and renewal_potential, its industries and regions.
/// What the plan does not state is filled in by labelled rules: the tier mix and the due mix of the
/// shipped list (A13: A 20%, B 40%, C 40%; due A 20 : B 25 : C 15), renewal orders in the shipped
/// ratio 30 : 18 : 10 scaled so the due customers' orders add up to the stated potential (to 0.1
/// 萬元), industries weighted by their targets, each industry's regions by its regional targets
/// (else the repurchase lines' regions, else evenly), and a renewal cycle of
/// <see cref="DefaultCycleYears"/> years for an industry the shipped list does not know.
/// </summary>
public static class PlanCustomerSpec
{
    /// <summary>The renewal cycle, years, of an industry without one of its own (A14's middle value).</summary>
    public const int DefaultCycleYears = 6;

    private static readonly CustomerListSpec Shipped = new();

    /// <summary>The spec for <paramref name="plan"/>.</summary>
    /// <exception cref="ArgumentException">The plan's facts cannot give a list (e.g. more due customers than customers).</exception>
    public static CustomerListSpec From(SalesPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var facts = plan.Facts;
        var tiers = Enum.GetValues<CustomerTier>();
        var tierCounts = Allocation.LargestRemainder(facts.ExistingCustomers, [.. tiers.Select(t => (decimal)Shipped.TierCounts[t])]);
        var dueCounts = Allocation.LargestRemainder(facts.RenewalDueCustomers, [.. tiers.Select(t => (decimal)Shipped.DueCounts[t])]);
        if (dueCounts.Where((d, i) => d > tierCounts[i]).Any())
        {
            dueCounts = Allocation.LargestRemainder(facts.RenewalDueCustomers, [.. tierCounts.Select(c => (decimal)c)]);
        }

        var nominal = tiers.Select((t, i) => dueCounts[i] * Shipped.RenewalOrders[t]).Sum();
        var scale = nominal == 0 || facts.RenewalPotential == 0 ? 1m : facts.RenewalPotential / nominal;
        var decomposition = PlanDecomposer.Decompose(plan);
        var industryCounts = IndustryCounts(plan, decomposition, facts.ExistingCustomers);
        return new CustomerListSpec
        {
            PlanYear = facts.PlanYear,
            TierCounts = tiers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => tierCounts[x.i]),
            DueCounts = tiers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => dueCounts[x.i]),
            RenewalOrders = tiers.ToDictionary(t => t, t => Tenths(Shipped.RenewalOrders[t] * scale)),
            IndustryCounts = industryCounts,
            RegionMix = industryCounts.Keys.ToDictionary(i => i, i => RegionMix(plan, decomposition, i), StringComparer.Ordinal),
            CycleYears = industryCounts.Keys.ToDictionary(i => i, i => Shipped.CycleYears.TryGetValue(i, out var y) ? y : DefaultCycleYears, StringComparer.Ordinal),
            PlaceNames = plan.Regions.ToDictionary(r => r.Id, r => r.NameZh, StringComparer.Ordinal),
        };
    }

    /// <summary>An order to 0.1 萬元 (at least 0.1), written without a trailing ".0".</summary>
    private static decimal Tenths(decimal order)
    {
        var rounded = Math.Max(0.1m, decimal.Round(order, 1));
        return rounded == decimal.Truncate(rounded) ? decimal.Truncate(rounded) : rounded;
    }

    /// <summary>Customers per industry in proportion to the industry's targets (evenly when no target names an industry); industries that get none are left out.</summary>
    private static Dictionary<string, int> IndustryCounts(SalesPlan plan, PlanDecomposition d, int total)
    {
        if (plan.Industries.Count == 0)
        {
            throw new ArgumentException("The plan names no industry (industries.csv), so its customers cannot be given one.");
        }

        var weights = plan.Industries.Select(i => Topmost(plan, d, t => t.IndustryId == i.Id).Sum(t => t.Amount)).ToArray();
        var counts = Allocation.LargestRemainder(total, weights.All(w => w == 0) ? [.. weights.Select(_ => 1m)] : weights);
        return plan.Industries.Select((i, k) => (i.Id, Count: counts[k])).Where(x => x.Count > 0).ToDictionary(x => x.Id, x => x.Count, StringComparer.Ordinal);
    }

    /// <summary>The industry's regions in proportion to its regional targets, else the repurchase lines' regions, else every region evenly; shares add up to exactly 1.</summary>
    private static IReadOnlyList<(string Region, decimal Share)> RegionMix(SalesPlan plan, PlanDecomposition d, string industry)
    {
        var byRegion = ByRegion(Topmost(plan, d, t => t.IndustryId == industry && t.RegionId is not null));
        if (byRegion.Count == 0)
        {
            var repurchase = plan.LinesOf(LineKind.Repurchase).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
            byRegion = ByRegion(Topmost(plan, d, t => t.RegionId is not null && plan.AncestorsOf(t).Any(a => repurchase.Contains(a.Id))));
        }

        if (byRegion.Count == 0)
        {
            byRegion = [.. plan.Regions.Select(r => (r.Id, 1m))];
        }

        var total = byRegion.Sum(r => r.Amount);
        var shares = byRegion.Select(r => decimal.Round(r.Amount / total, 6)).ToArray();
        shares[^1] = 1m - shares[..^1].Sum();
        return [.. byRegion.Select((r, i) => (r.Region, shares[i]))];
    }

    private static List<(string Region, decimal Amount)> ByRegion(IEnumerable<AllocatedTarget> targets)
        => [.. targets.GroupBy(t => t.Node.RegionId!, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(t => t.Amount))).Where(x => x.Item2 > 0)];

    /// <summary>The targets matching <paramref name="match"/> that lie within no other match (an industry's target, not also its regional children).</summary>
    private static IEnumerable<AllocatedTarget> Topmost(SalesPlan plan, PlanDecomposition d, Func<TargetNode, bool> match)
        => d.Root.Descendants().Where(t => match(t.Node) && !plan.AncestorsOf(t.Node).Any(match));
}
