namespace Analytics.Scenarios.Drafting;

/// <summary>
/// The figures a drafted scenario assumes where a plan states none. Each one used is stated in the
/// drafted file as a labelled default assumption (D1, D2, ...); most are the shipped hand-written
/// scenario's judgements (data/plc-2026/scenario.json S1-S9), so a draft and that scenario differ
/// only where the plan's own data says something else.
/// </summary>
public static class DraftDefaults
{
    /// <summary>Coefficient of variation of the shared market factor (lognormal, mean 1).</summary>
    public const double MarketCv = 0.15;

    /// <summary>Rank correlation between the market factor and every funnel's win rate.</summary>
    public const double MarketWinRateRank = 0.3;

    /// <summary>Renewal probabilities of the tiers the plan gives no goal for (B, C); tier A uses the plan's a_tier_repurchase_goal.</summary>
    public const double RenewalB = 0.6;

    /// <summary>See <see cref="RenewalB"/>.</summary>
    public const double RenewalC = 0.4;

    /// <summary>Weight (a + b) of a renewal probability's Beta: as certain as 20 observed renewals.</summary>
    public const double RenewalWeight = 20;

    /// <summary>Coefficient of variation of a renewal order's value.</summary>
    public const double RenewalOrderCv = 0.45;

    /// <summary>Coefficient of variation of an upgrade, maintenance or other pooled order's value.</summary>
    public const double PoolOrderCv = 0.65;

    /// <summary>Weight (a + b) of a direct funnel's win-rate Beta.</summary>
    public const double DirectWinRateWeight = 100;

    /// <summary>Weight (a + b) of a partner funnel's win-rate Beta (a quarter of the direct one: partner deals are less predictable).</summary>
    public const double PartnerWinRateWeight = 25;

    /// <summary>Coefficient of variation of a new customer's first order.</summary>
    public const double FirstOrderCv = 0.85;

    /// <summary>Mean of a benchmark's win probability (Beta(7, 13)).</summary>
    public const double BenchmarkWinMean = 0.35;

    /// <summary>Weight (a + b) of the benchmark win probability's Beta.</summary>
    public const double BenchmarkWinWeight = 20;

    /// <summary>Coefficient of variation of a benchmark order's value.</summary>
    public const double BenchmarkValueCv = 0.35;

    /// <summary>Coefficient of variation of a follower's order value.</summary>
    public const double FollowerValueCv = 0.55;

    /// <summary>Gross margin of every line but the new products (a fraction; new products add their margin uplift).</summary>
    public const double BaseMargin = 0.35;

    /// <summary>Months a new product's first sale may fall after its earliest month (drawn uniformly), and the earliest month when the plan states none.</summary>
    public const int FirstMonthSpread = 5;

    /// <summary>See <see cref="FirstMonthSpread"/>: April, when the plan states no first month.</summary>
    public const int FirstMonth = 4;

    /// <summary>Dirichlet concentration of a repurchase line's monthly timing (renewal dates are known).</summary>
    public const double RepurchaseConcentration = 40;

    /// <summary>Dirichlet concentration of every other line's monthly timing.</summary>
    public const double OtherConcentration = 20;

    /// <summary>How much the re-plan rule's later steps raise the first new product's benchmark win probability.</summary>
    public const double BoostShift = 0.10;
}
