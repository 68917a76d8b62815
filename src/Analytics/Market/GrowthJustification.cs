using System.Globalization;
using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// The target's growth (31.6% in the seed) justified three ways and checked against each other.
/// <list type="bullet">
/// <item>Market: holding last year's share of a market growing m gives S0 (1 + m); the rest needs a
/// share gain, and the share the target needs is T / (M0 (1 + m)).</item>
/// <item>Customers: the renewals of the customers due this year (potential, and probability-weighted
/// when known).</item>
/// <item>Product: the new product's planned sales.</item>
/// </list>
/// Each view is measured against the same increment T - S0. They are overlapping accounts of one
/// increment, not additive sources: <see cref="OverlapLow"/> shows by how much their sum exceeds it.
/// The <see cref="Bridge"/> is the additive account, by the plan's sources, assuming last year's sales
/// all came from the existing customers (the seed's 200 customers are those it built up last year;
/// new customers did not buy last year and the new product did not exist).
/// </summary>
public sealed record GrowthJustification
{
    private GrowthJustification(GrowthInputs inputs)
    {
        var s0 = inputs.LastYearSales;
        var t = inputs.Target;
        LastYear = s0;
        Target = t;
        Increment = t - s0;
        Growth = GrowthRate.Between(s0, t);
        MarketShare = inputs.MarketShare;
        ImpliedMarketSize = ImpliedMarket.FromShare(s0, inputs.MarketShare);
        MarketGrowthLow = inputs.MarketGrowthLow;
        MarketGrowthHigh = inputs.MarketGrowthHigh;
        AtLowGrowth = ShareRequirement.At(s0, inputs.MarketShare, t, inputs.MarketGrowthLow);
        AtHighGrowth = ShareRequirement.At(s0, inputs.MarketShare, t, inputs.MarketGrowthHigh);

        var market = GrowthView.Of(
            GrowthViewKind.Market,
            $"hold a {Formats.PercentUpTo(MarketShare)} share of a market growing {Formats.PercentUpTo(MarketGrowthLow)}-{Formats.PercentUpTo(MarketGrowthHigh)}",
            AtLowGrowth.HoldShareRevenue - s0,
            AtHighGrowth.HoldShareRevenue - s0,
            s0,
            Increment);
        var customers = GrowthView.Of(
            GrowthViewKind.Customers,
            string.Create(CultureInfo.InvariantCulture, $"{inputs.RenewalDueCustomers} of {inputs.CustomerBase} customers due for renewal: {(inputs.RenewalExpected is null ? "potential if all renew" : "expected (probability-weighted) to potential")}"),
            inputs.RenewalExpected ?? inputs.RenewalPotential,
            inputs.RenewalPotential,
            s0,
            Increment);
        var product = GrowthView.Of(
            GrowthViewKind.Product,
            "the new product's planned sales",
            inputs.NewProductTarget,
            inputs.NewProductTarget,
            s0,
            Increment);
        Views = [market, customers, product];
        OverlapLow = Views.Sum(v => v.ContributionLow) - Increment;
        OverlapHigh = Views.Sum(v => v.ContributionHigh) - Increment;

        RenewalDueCustomers = inputs.RenewalDueCustomers;
        CustomerBase = inputs.CustomerBase;
        ImpliedUpgrades = inputs.ExistingCustomerTarget - inputs.RenewalPotential;
        Renewals = new RenewalComparison(inputs, Increment);
        var planned = inputs.ExistingCustomerTarget + inputs.NewCustomerTarget + inputs.NewProductTarget;
        Unattributed = t - planned;
        var steps = new List<BridgeStep>
        {
            new("existing customers (plan vs last year)", inputs.ExistingCustomerTarget - s0, BridgeSource.ExistingCustomers),
            new("new customers", inputs.NewCustomerTarget, BridgeSource.NewCustomers),
        };

        // Several new products: one step each, named as the plan names its line (they add up to the total
        // exactly); one product keeps the single step "new product".
        if (inputs.NewProducts.Count > 1)
        {
            steps.AddRange(inputs.NewProducts.Select(p => new BridgeStep($"new product: {p.Name.En}", p.Amount, BridgeSource.NewProduct, p.Name)));
        }
        else
        {
            steps.Add(new BridgeStep("new product", inputs.NewProductTarget, BridgeSource.NewProduct));
        }

        if (Unattributed != 0)
        {
            steps.Add(new BridgeStep("not attributed to a source", Unattributed, BridgeSource.Unattributed));
        }

        Bridge = new GrowthBridge(s0, steps, t);
        MarketBridgeLow = MarketBridge(AtLowGrowth, s0, t);
        MarketBridgeHigh = MarketBridge(AtHighGrowth, s0, t);
    }

    /// <summary>S0, last year's sales, 萬元.</summary>
    public decimal LastYear { get; }

    /// <summary>T, the target, 萬元.</summary>
    public decimal Target { get; }

    /// <summary>T - S0, 萬元 (1200 in the seed).</summary>
    public decimal Increment { get; }

    /// <summary>g = T / S0 - 1, a fraction (0.3158 in the seed).</summary>
    public decimal Growth { get; }

    /// <summary>Last year's market share, a fraction.</summary>
    public decimal MarketShare { get; }

    /// <summary>M0 = S0 / share, 萬元 (165,217.39 in the seed).</summary>
    public decimal ImpliedMarketSize { get; }

    /// <summary>The low end of market growth, a fraction.</summary>
    public decimal MarketGrowthLow { get; }

    /// <summary>The high end of market growth, a fraction.</summary>
    public decimal MarketGrowthHigh { get; }

    /// <summary>What the target needs at the low end of market growth.</summary>
    public ShareRequirement AtLowGrowth { get; }

    /// <summary>What the target needs at the high end of market growth.</summary>
    public ShareRequirement AtHighGrowth { get; }

    /// <summary>The share the target needs at low market growth: T / (M0 (1 + m_low)), a fraction.</summary>
    public decimal RequiredShareLow => AtLowGrowth.RequiredShare;

    /// <summary>The share the target needs at high market growth, a fraction.</summary>
    public decimal RequiredShareHigh => AtHighGrowth.RequiredShare;

    /// <summary>Sales if the share holds and the market grows at the low end: S0 (1 + m_low), 萬元.</summary>
    public decimal HoldShareRevenueLow => AtLowGrowth.HoldShareRevenue;

    /// <summary>Sales if the share holds and the market grows at the high end, 萬元.</summary>
    public decimal HoldShareRevenueHigh => AtHighGrowth.HoldShareRevenue;

    /// <summary>The market, customer and product views, in that order.</summary>
    public IReadOnlyList<GrowthView> Views { get; }

    /// <summary>
    /// The sum of the views' low contributions minus the increment, 萬元. Positive: the views claim more
    /// than the increment between them, so they overlap (a renewal may be of the new product; market
    /// growth lifts renewals) and cannot all be counted; negative: even together they fall short.
    /// </summary>
    public decimal OverlapLow { get; }

    /// <summary>The same with the views' high contributions, 萬元.</summary>
    public decimal OverlapHigh { get; }

    /// <summary>Existing customers.</summary>
    public int CustomerBase { get; }

    /// <summary>Existing customers due for renewal this year.</summary>
    public int RenewalDueCustomers { get; }

    /// <summary>
    /// The existing-customer target less the renewal potential, 萬元 (600 in the seed): what maintenance
    /// and upgrades must bring in from the whole base; negative when the target is below the renewals alone.
    /// </summary>
    public decimal ImpliedUpgrades { get; }

    /// <summary>The renewals compared like with like: against the repurchase target and last year's repurchase (the customer view above sets them against the whole increment).</summary>
    public RenewalComparison Renewals { get; }

    /// <summary>Target minus the plan's three sources (existing, new customers, new product), 萬元; 0 when the sources add up to the target.</summary>
    public decimal Unattributed { get; }

    /// <summary>S0 to T by the plan's sources; exact in decimal.</summary>
    public GrowthBridge Bridge { get; }

    /// <summary>S0 to T as market growth at held share plus share gain, at the low end of market growth.</summary>
    public GrowthBridge MarketBridgeLow { get; }

    /// <summary>The same at the high end of market growth.</summary>
    public GrowthBridge MarketBridgeHigh { get; }

    /// <summary>Justifies the target in <paramref name="inputs"/>.</summary>
    public static GrowthJustification Of(GrowthInputs inputs)
        => new(Common.Preconditions.NotNull(inputs));

    private static GrowthBridge MarketBridge(ShareRequirement at, decimal lastYear, decimal target)
        => new(
            lastYear,
            [
                new($"market growth {Formats.PercentUpTo(at.MarketGrowth)} at held share", at.HoldShareRevenue - lastYear, BridgeSource.MarketGrowth),
                new("share gain", at.ShareGainRevenue, BridgeSource.ShareGain),
            ],
            target);
}
