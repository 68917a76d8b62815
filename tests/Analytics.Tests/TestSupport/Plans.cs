using Analytics.Loading;
using Analytics.Planning;

namespace Analytics.TestSupport;

/// <summary>The shipped plan, and copies of it with parts replaced, for rule and decomposition tests.</summary>
internal static class Plans
{
    private static readonly Lazy<SalesPlan> ShippedPlan = new(() => PlanLoader.Load(RepoPaths.ShippedPlan));

    /// <summary>The shipped plan, loaded once.</summary>
    public static SalesPlan Shipped => ShippedPlan.Value;

    /// <summary>The plan's phasing with the Q4 row made consistent (466.67 a month, the seed's 28%).</summary>
    public static IReadOnlyList<PhasingQuarter> ConsistentPhasing(SalesPlan plan)
        => plan.Phasing.Select(q => q.Quarter == 4 ? new PhasingQuarter(4, 466.67m, 0.28m, q.FocusZh, q.FocusEn, q.Source) : q).ToArray();

    /// <summary>Facts like <paramref name="f"/> with a few replaced (the rule tests' short names for <see cref="PlanFacts.With"/>).</summary>
    public static PlanFacts WithFacts(this PlanFacts f, decimal? target = null, decimal? statedGrowth = null, decimal? budgetTotal = null, decimal? budgetRatio = null, int? existingCustomers = null, int? renewalDueCustomers = null, decimal? renewalPotential = null, decimal? channelShare = null, decimal? typicalWinRateMax = null)
        => f.With(
            target: target,
            statedGrowth: statedGrowth,
            existingCustomers: existingCustomers,
            renewalDueCustomers: renewalDueCustomers,
            renewalPotential: renewalPotential,
            channelShareOfNewCustomers: channelShare,
            budgetRatio: budgetRatio,
            budgetTotal: budgetTotal,
            typicalWinRateMax: typicalWinRateMax);

    /// <summary>Replaces the target with <paramref name="id"/> in a list.</summary>
    public static IReadOnlyList<TargetNode> Replace(this IReadOnlyList<TargetNode> targets, string id, Func<TargetNode, TargetNode> change)
        => targets.Select(t => t.Id == id ? change(t) : t).ToArray();
}
