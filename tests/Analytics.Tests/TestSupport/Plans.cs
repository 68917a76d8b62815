using Analytics.Loading;
using Analytics.Planning;

namespace Analytics.TestSupport;

/// <summary>The shipped plan, and copies of it with parts replaced, for rule and decomposition tests.</summary>
internal static class Plans
{
    private static readonly Lazy<SalesPlan> ShippedPlan = new(() => PlanLoader.Load(RepoPaths.ShippedPlan));

    /// <summary>The shipped plan, loaded once.</summary>
    public static SalesPlan Shipped => ShippedPlan.Value;

    /// <summary>A plan like <paramref name="plan"/> with the given parts replaced (validated again).</summary>
    public static SalesPlan With(
        this SalesPlan plan,
        PlanFacts? facts = null,
        IReadOnlyList<TargetNode>? targets = null,
        IReadOnlyList<PhasingQuarter>? phasing = null,
        IReadOnlyList<Person>? people = null,
        IReadOnlyList<Assignment>? assignments = null,
        IReadOnlyList<ChannelPartner>? channelPartners = null,
        IReadOnlyList<TradeShow>? tradeShows = null,
        IReadOnlyList<LeadSource>? leadSources = null,
        IReadOnlyList<Incentive>? incentives = null,
        IReadOnlyList<BudgetLine>? budget = null,
        IReadOnlyList<Customer>? customers = null)
        => new(
            facts ?? plan.Facts,
            plan.Industries,
            plan.Regions,
            targets ?? plan.Targets,
            phasing ?? plan.Phasing,
            people ?? plan.People,
            assignments ?? plan.Assignments,
            channelPartners ?? plan.ChannelPartners,
            tradeShows ?? plan.TradeShows,
            leadSources ?? plan.LeadSources,
            incentives ?? plan.Incentives,
            budget ?? plan.Budget,
            plan.ReplanRules,
            customers ?? plan.Customers,
            plan.FactLocations);

    /// <summary>The plan's phasing with the Q4 row made consistent (466.67 a month, the seed's 28%).</summary>
    public static IReadOnlyList<PhasingQuarter> ConsistentPhasing(SalesPlan plan)
        => plan.Phasing.Select(q => q.Quarter == 4 ? new PhasingQuarter(4, 466.67m, 0.28m, q.FocusZh, q.FocusEn, q.Source) : q).ToArray();

    /// <summary>Facts like <paramref name="f"/> with a few replaced.</summary>
    public static PlanFacts WithFacts(this PlanFacts f, decimal? target = null, decimal? statedGrowth = null, decimal? budgetTotal = null, decimal? budgetRatio = null, int? existingCustomers = null, int? renewalDueCustomers = null, decimal? renewalPotential = null, decimal? channelShare = null, decimal? typicalWinRateMax = null)
        => new(
            f.PlanYear,
            f.LastYearSales,
            target ?? f.Target,
            statedGrowth ?? f.StatedGrowth,
            f.MarketShareLastYear,
            f.MarketGrowthLow,
            f.MarketGrowthHigh,
            existingCustomers ?? f.ExistingCustomers,
            renewalDueCustomers ?? f.RenewalDueCustomers,
            renewalPotential ?? f.RenewalPotential,
            f.NewProductMarginUplift,
            f.BenchmarkProspects,
            f.BenchmarkFollowersMin,
            f.BenchmarkFollowersMax,
            f.ATierRepurchaseGoal,
            channelShare ?? f.ChannelShareOfNewCustomers,
            budgetRatio ?? f.BudgetRatio,
            budgetTotal ?? f.BudgetTotal,
            f.AllocationUnit,
            typicalWinRateMax ?? f.TypicalWinRateMax);

    /// <summary>Replaces the target with <paramref name="id"/> in a list.</summary>
    public static IReadOnlyList<TargetNode> Replace(this IReadOnlyList<TargetNode> targets, string id, Func<TargetNode, TargetNode> change)
        => targets.Select(t => t.Id == id ? change(t) : t).ToArray();

    /// <summary>A copy of a node with a different amount and/or share.</summary>
    public static TargetNode WithFigures(this TargetNode t, decimal? amount, decimal? share)
        => new(t.Id, t.ParentId, t.Level, t.IndustryId, t.RegionId, t.NameZh, t.NameEn, amount, share, t.Source, t.SourceNote);
}
