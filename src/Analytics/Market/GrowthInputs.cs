using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;

namespace Analytics.Market;

/// <summary>
/// The plan facts the growth justification reads, in the plan's money unit (萬元). Built from the
/// plan by the caller; validated here so the justification never sees an impossible plan.
/// </summary>
public sealed record GrowthInputs
{
    /// <summary>Creates validated inputs.</summary>
    /// <param name="lastYearSales">S0, last year's sales, 萬元, &gt; 0 (seed: 3800).</param>
    /// <param name="target">T, this year's target, 萬元, &gt; 0 (seed: 5000).</param>
    /// <param name="marketShare">Last year's market share, a fraction in (0, 1] (seed: 0.023).</param>
    /// <param name="marketGrowthLow">The low end of the market's expected growth, a fraction &gt; -1 (seed: 0.15).</param>
    /// <param name="marketGrowthHigh">The high end, &gt;= the low end (seed: 0.20).</param>
    /// <param name="customerBase">Existing customers, &gt;= 0 (seed: 200).</param>
    /// <param name="renewalDueCustomers">Existing customers whose equipment is due for renewal this year, in [0, customerBase] (seed: 60).</param>
    /// <param name="renewalPotential">What the due customers would order if all renewed, 萬元, &gt;= 0 (seed: about 1200).</param>
    /// <param name="existingCustomerTarget">The plan's target for existing customers (renewals, maintenance and upgrades), 萬元, &gt;= 0 (seed: 1800).</param>
    /// <param name="newCustomerTarget">The plan's target for new customers, 萬元, &gt;= 0 (seed: 2200).</param>
    /// <param name="newProductTarget">The plan's target for the new product, 萬元, &gt;= 0 (seed: 1000).</param>
    /// <param name="renewalExpected">
    /// The expected value of the renewals (probability-weighted, e.g. from the renewal tiers), 萬元, in [0, renewalPotential];
    /// null (the default) when not known, and the customer view then rests on the potential alone.
    /// </param>
    /// <param name="repurchaseLastYear">Last year's repurchase revenue (the repurchase lines' <c>last_year</c>), 萬元, &gt;= 0; null (the default) when the plan does not state it.</param>
    /// <param name="newProducts">
    /// The new-product lines one by one, whose amounts add up to <paramref name="newProductTarget"/> exactly, each line
    /// once; null or empty (the default) when the caller gives only the total.
    /// </param>
    public GrowthInputs(
        decimal lastYearSales,
        decimal target,
        decimal marketShare,
        decimal marketGrowthLow,
        decimal marketGrowthHigh,
        int customerBase,
        int renewalDueCustomers,
        decimal renewalPotential,
        decimal existingCustomerTarget,
        decimal newCustomerTarget,
        decimal newProductTarget,
        decimal? renewalExpected = null,
        decimal? repurchaseLastYear = null,
        IReadOnlyList<ProductTarget>? newProducts = null)
    {
        LastYearSales = Preconditions.Positive(lastYearSales);
        Target = Preconditions.Positive(target);
        MarketShare = Preconditions.Positive(Preconditions.Share(marketShare));
        MarketGrowthLow = GrowthRate.Check(marketGrowthLow, nameof(marketGrowthLow));
        MarketGrowthHigh = GrowthRate.Check(marketGrowthHigh, nameof(marketGrowthHigh));
        if (marketGrowthHigh < marketGrowthLow)
        {
            throw new ArgumentOutOfRangeException(nameof(marketGrowthHigh), $"marketGrowthHigh must be >= marketGrowthLow ({Preconditions.Format(marketGrowthLow)}); was {Preconditions.Format(marketGrowthHigh)}.");
        }

        CustomerBase = Preconditions.NonNegative(customerBase);
        RenewalDueCustomers = Preconditions.InRange(renewalDueCustomers, 0, customerBase);
        RenewalPotential = Preconditions.NonNegative(renewalPotential);
        ExistingCustomerTarget = Preconditions.NonNegative(existingCustomerTarget);
        NewCustomerTarget = Preconditions.NonNegative(newCustomerTarget);
        NewProductTarget = Preconditions.NonNegative(newProductTarget);
        if (renewalExpected is { } expected && (expected < 0 || expected > renewalPotential))
        {
            throw new ArgumentOutOfRangeException(nameof(renewalExpected), $"renewalExpected must be an amount in [0, renewalPotential = {Preconditions.Format(renewalPotential)}]; was {Preconditions.Format(expected)}.");
        }

        RenewalExpected = renewalExpected;
        RepurchaseLastYear = repurchaseLastYear is { } last ? Preconditions.NonNegative(last) : null;
        NewProducts = newProducts is null ? [] : [.. newProducts];
        if (NewProducts.Count > 0)
        {
            var sum = NewProducts.Sum(p => Preconditions.NotNull(p).Amount);
            if (sum != newProductTarget)
            {
                throw new ArgumentException($"newProducts must add up to newProductTarget = {Preconditions.Format(newProductTarget)}; they add up to {Preconditions.Format(sum)}.", nameof(newProducts));
            }

            if (NewProducts.GroupBy(p => p.Line, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new ArgumentException($"newProducts names line \"{twice.Key}\" more than once; each line once.", nameof(newProducts));
            }
        }
    }

    /// <summary>S0, last year's sales, 萬元.</summary>
    public decimal LastYearSales { get; }

    /// <summary>T, this year's target, 萬元.</summary>
    public decimal Target { get; }

    /// <summary>Last year's market share, a fraction.</summary>
    public decimal MarketShare { get; }

    /// <summary>The low end of the market's growth, a fraction.</summary>
    public decimal MarketGrowthLow { get; }

    /// <summary>The high end of the market's growth, a fraction.</summary>
    public decimal MarketGrowthHigh { get; }

    /// <summary>Existing customers.</summary>
    public int CustomerBase { get; }

    /// <summary>Existing customers due for renewal this year.</summary>
    public int RenewalDueCustomers { get; }

    /// <summary>Renewal orders if every due customer renews, 萬元.</summary>
    public decimal RenewalPotential { get; }

    /// <summary>The plan's existing-customer target, 萬元.</summary>
    public decimal ExistingCustomerTarget { get; }

    /// <summary>The plan's new-customer target, 萬元.</summary>
    public decimal NewCustomerTarget { get; }

    /// <summary>The plan's new-product target, 萬元.</summary>
    public decimal NewProductTarget { get; }

    /// <summary>Last year's repurchase revenue, 萬元, or null when the plan does not state it.</summary>
    public decimal? RepurchaseLastYear { get; }

    /// <summary>The new-product lines one by one (adding up to <see cref="NewProductTarget"/>), or empty when only the total is known.</summary>
    public IReadOnlyList<ProductTarget> NewProducts { get; }

    /// <summary>Probability-weighted renewals, 萬元, or null when not known.</summary>
    public decimal? RenewalExpected { get; }

    /// <summary>
    /// The inputs a plan states: its facts, and its business lines' amounts after decomposition (a line
    /// the plan does not have counts as 0).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="renewalExpected">Probability-weighted renewals when known (the plan holds no renewal probabilities); default null.</param>
    public static GrowthInputs FromPlan(SalesPlan plan, decimal? renewalExpected = null)
    {
        Preconditions.NotNull(plan);
        var decomposition = PlanDecomposer.Decompose(plan);
        decimal Line(LineKind kind) => plan.LinesOf(kind).Sum(l => decomposition.AmountOf(l.Id));
        var repurchase = plan.LinesOf(LineKind.Repurchase);
        decimal? repurchaseLastYear = repurchase.Count > 0 && repurchase.All(l => l.LastYear is not null) ? repurchase.Sum(l => l.LastYear!.Value) : null;
        var f = plan.Facts;
        return new GrowthInputs(
            f.LastYearSales,
            f.Target,
            f.MarketShareLastYear,
            f.MarketGrowthLow,
            f.MarketGrowthHigh,
            f.ExistingCustomers,
            f.RenewalDueCustomers,
            f.RenewalPotential,
            Line(LineKind.Repurchase),
            Line(LineKind.NewCustomers),
            Line(LineKind.NewProduct),
            renewalExpected,
            repurchaseLastYear,
            [.. plan.LinesOf(LineKind.NewProduct).Select(l => new ProductTarget(l.Id, new BilingualText(l.NameZh, l.NameEn), decomposition.AmountOf(l.Id)))]);
    }
}
