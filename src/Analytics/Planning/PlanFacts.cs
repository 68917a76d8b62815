using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// The plan's headline figures (facts.csv). Money in 萬元 (10,000 CNY); shares and rates as
/// fractions (0.023 = 2.3%). Validated on construction: every amount finite and in range.
/// </summary>
public sealed record PlanFacts
{
    /// <summary>Creates the facts; throws <see cref="ArgumentException"/> naming any value out of range.</summary>
    public PlanFacts(
        int planYear,
        decimal lastYearSales,
        decimal target,
        decimal statedGrowth,
        decimal marketShareLastYear,
        decimal marketGrowthLow,
        decimal marketGrowthHigh,
        int existingCustomers,
        int renewalDueCustomers,
        decimal renewalPotential,
        decimal? newProductMarginUplift,
        int? benchmarkProspects,
        int? benchmarkFollowersMin,
        int? benchmarkFollowersMax,
        decimal aTierRepurchaseGoal,
        decimal channelShareOfNewCustomers,
        decimal budgetRatio,
        decimal budgetTotal,
        decimal allocationUnit,
        decimal typicalWinRateMax)
    {
        PlanYear = CalendarYears.Check(planYear);
        LastYearSales = Preconditions.Positive(lastYearSales);
        Target = Preconditions.Positive(target);
        StatedGrowth = statedGrowth;
        MarketShareLastYear = Preconditions.Share(marketShareLastYear);
        if (marketShareLastYear == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(marketShareLastYear), "marketShareLastYear must be a share in (0, 1]; was 0 (the implied market would be infinite).");
        }

        MarketGrowthLow = marketGrowthLow;
        MarketGrowthHigh = marketGrowthHigh;
        if (marketGrowthLow <= -1 || marketGrowthHigh < marketGrowthLow)
        {
            throw new ArgumentOutOfRangeException(nameof(marketGrowthHigh), $"market growth must satisfy -1 < low <= high; was low {marketGrowthLow}, high {marketGrowthHigh}.");
        }

        ExistingCustomers = Preconditions.NonNegative(existingCustomers);
        RenewalDueCustomers = Preconditions.InRange(renewalDueCustomers, 0, existingCustomers);
        RenewalPotential = Preconditions.NonNegative(renewalPotential);
        NewProductMarginUplift = newProductMarginUplift is { } uplift ? Preconditions.Share(uplift, nameof(newProductMarginUplift)) : null;
        BenchmarkProspects = benchmarkProspects is { } prospects ? Preconditions.NonNegative(prospects, nameof(benchmarkProspects)) : null;
        BenchmarkFollowersMin = benchmarkFollowersMin is { } min ? Preconditions.NonNegative(min, nameof(benchmarkFollowersMin)) : null;
        BenchmarkFollowersMax = benchmarkFollowersMax is { } max ? Preconditions.InRange(max, benchmarkFollowersMin ?? 0, int.MaxValue, nameof(benchmarkFollowersMax)) : null;
        ATierRepurchaseGoal = Preconditions.Share(aTierRepurchaseGoal);
        ChannelShareOfNewCustomers = Preconditions.Share(channelShareOfNewCustomers);
        BudgetRatio = Preconditions.Share(budgetRatio);
        BudgetTotal = Preconditions.NonNegative(budgetTotal);
        AllocationUnit = Preconditions.Positive(allocationUnit);
        TypicalWinRateMax = Preconditions.Share(typicalWinRateMax);
    }

    /// <summary>The calendar year the plan is for.</summary>
    public int PlanYear { get; }

    /// <summary>Last year's sales, 萬元.</summary>
    public decimal LastYearSales { get; }

    /// <summary>This year's sales target, 萬元.</summary>
    public decimal Target { get; }

    /// <summary>The growth the plan states (fraction), to be checked against target / last year - 1.</summary>
    public decimal StatedGrowth { get; }

    /// <summary>Last year's share of the target industries' market (fraction in (0, 1]).</summary>
    public decimal MarketShareLastYear { get; }

    /// <summary>Low end of the market's expected growth this year (fraction).</summary>
    public decimal MarketGrowthLow { get; }

    /// <summary>High end of the market's expected growth this year (fraction).</summary>
    public decimal MarketGrowthHigh { get; }

    /// <summary>Number of existing customers.</summary>
    public int ExistingCustomers { get; }

    /// <summary>Existing customers whose equipment is due for renewal this year.</summary>
    public int RenewalDueCustomers { get; }

    /// <summary>Repurchase potential of the customers due for renewal, 萬元.</summary>
    public decimal RenewalPotential { get; }

    /// <summary>
    /// The new product's gross-margin advantage over the old products (fraction points, 0.15 = 15 points),
    /// or null when facts.csv does not state it. Optional: it describes the plan's one new-product line
    /// when that line has no products.csv row; read a line's figures with <see cref="SalesPlan.ProductFacts"/>.
    /// </summary>
    public decimal? NewProductMarginUplift { get; }

    /// <summary>Benchmark prospects targeted with the new product, or null (see <see cref="NewProductMarginUplift"/>).</summary>
    public int? BenchmarkProspects { get; }

    /// <summary>Fewest followers a benchmark win brings, or null (see <see cref="NewProductMarginUplift"/>).</summary>
    public int? BenchmarkFollowersMin { get; }

    /// <summary>Most followers a benchmark win brings, or null (see <see cref="NewProductMarginUplift"/>).</summary>
    public int? BenchmarkFollowersMax { get; }

    /// <summary>Repurchase-rate goal for tier-A customers (fraction).</summary>
    public decimal ATierRepurchaseGoal { get; }

    /// <summary>Share of the new-customer target carried by channel partners (fraction).</summary>
    public decimal ChannelShareOfNewCustomers { get; }

    /// <summary>Marketing budget as a share of the target, as stated (fraction).</summary>
    public decimal BudgetRatio { get; }

    /// <summary>Marketing budget, 萬元.</summary>
    public decimal BudgetTotal { get; }

    /// <summary>The unit allocations are rounded to, 萬元 (default 1).</summary>
    public decimal AllocationUnit { get; }

    /// <summary>Highest lead-to-win rate considered typical in B2B (fraction, default 0.20).</summary>
    public decimal TypicalWinRateMax { get; }

    /// <summary>Growth the target implies: target / last year's sales - 1.</summary>
    public decimal ImpliedGrowth => (Target / LastYearSales) - 1;

    /// <summary>
    /// A copy with the given facts replaced (null keeps a fact as it is), validated again by the
    /// constructor: e.g. <c>facts.With(budgetTotal: 260)</c>. The parameters are the constructor's.
    /// </summary>
    /// <exception cref="ArgumentException">A replaced value is out of range or contradicts another fact (e.g. more customers due than there are).</exception>
    public PlanFacts With(
        int? planYear = null,
        decimal? lastYearSales = null,
        decimal? target = null,
        decimal? statedGrowth = null,
        decimal? marketShareLastYear = null,
        decimal? marketGrowthLow = null,
        decimal? marketGrowthHigh = null,
        int? existingCustomers = null,
        int? renewalDueCustomers = null,
        decimal? renewalPotential = null,
        decimal? newProductMarginUplift = null,
        int? benchmarkProspects = null,
        int? benchmarkFollowersMin = null,
        int? benchmarkFollowersMax = null,
        decimal? aTierRepurchaseGoal = null,
        decimal? channelShareOfNewCustomers = null,
        decimal? budgetRatio = null,
        decimal? budgetTotal = null,
        decimal? allocationUnit = null,
        decimal? typicalWinRateMax = null)
        => new(
            planYear ?? PlanYear,
            lastYearSales ?? LastYearSales,
            target ?? Target,
            statedGrowth ?? StatedGrowth,
            marketShareLastYear ?? MarketShareLastYear,
            marketGrowthLow ?? MarketGrowthLow,
            marketGrowthHigh ?? MarketGrowthHigh,
            existingCustomers ?? ExistingCustomers,
            renewalDueCustomers ?? RenewalDueCustomers,
            renewalPotential ?? RenewalPotential,
            newProductMarginUplift ?? NewProductMarginUplift,
            benchmarkProspects ?? BenchmarkProspects,
            benchmarkFollowersMin ?? BenchmarkFollowersMin,
            benchmarkFollowersMax ?? BenchmarkFollowersMax,
            aTierRepurchaseGoal ?? ATierRepurchaseGoal,
            channelShareOfNewCustomers ?? ChannelShareOfNewCustomers,
            budgetRatio ?? BudgetRatio,
            budgetTotal ?? BudgetTotal,
            allocationUnit ?? AllocationUnit,
            typicalWinRateMax ?? TypicalWinRateMax);
}
