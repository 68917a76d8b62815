using Analytics.Common;
using Analytics.Market;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>
/// The scenario models' results as <see cref="DataFrame"/>s for notebooks: the market's share
/// requirements, renewal tiers, replacement demand, retention, benchmark wins and the Bass fit.
/// Each column is a figure of the model's own; nothing is recomputed here.
/// </summary>
public static class ModelTables
{
    /// <summary>Share requirements over market growth (from <see cref="ShareRequirement.Over"/>): growth, market size, hold-share sales, share needed, gain in points, sales left to share gain.</summary>
    public static DataFrame ShareNeeded(IReadOnlyList<ShareRequirement> requirements)
    {
        Preconditions.NotNull(requirements);
        return new DataFrame(
            Money("marketGrowth", requirements.Select(r => r.MarketGrowth)),
            Money("marketSize", requirements.Select(r => r.MarketSize)),
            Money("holdShareSales", requirements.Select(r => r.HoldShareRevenue)),
            Money("shareNeeded", requirements.Select(r => r.RequiredShare)),
            Money("gainPoints", requirements.Select(r => r.ShareGainPoints)),
            Money("leftToShareGain", requirements.Select(r => r.ShareGainRevenue)));
    }

    /// <summary>The renewal tiers: customers due, probability, order value, potential, expected renewing and expected renewals, 萬元.</summary>
    public static DataFrame Tiers(RenewalOutlook outlook)
    {
        Preconditions.NotNull(outlook);
        var t = outlook.Tiers;
        return new DataFrame(
            new StringDataFrameColumn("tier", t.Select(x => x.Tier.ToString())),
            new Int32DataFrameColumn("customers", t.Select(x => x.Customers)),
            new DoubleDataFrameColumn("probability", t.Select(x => x.Probability)),
            Money("orderValue", t.Select(x => x.OrderValue)),
            Money("potential", t.Select(x => x.Potential)),
            new DoubleDataFrameColumn("expectedRenewing", t.Select(x => x.ExpectedRenewing)),
            new DoubleDataFrameColumn("renewingSd", t.Select(x => x.RenewingStandardDeviation)),
            Money("expected", t.Select(x => x.Expected)));
    }

    /// <summary>Customers by tier with the expected number replacing this year under a Weibull life (<see cref="DueAssessment"/>).</summary>
    public static DataFrame DueByTier(DueAssessment assessment)
    {
        Preconditions.NotNull(assessment);
        var tiers = assessment.ExpectedDueByTier.Keys.Order().ToArray();
        return new DataFrame(
            new StringDataFrameColumn("tier", tiers.Select(t => t.ToString())),
            new Int32DataFrameColumn("customers", tiers.Select(t => assessment.Customers.Count(c => c.Customer.Tier == t))),
            new DoubleDataFrameColumn("expectedDue", tiers.Select(t => assessment.ExpectedDueByTier[t])));
    }

    /// <summary>Expected replacements by year (from <see cref="InstalledBase.ProjectReplacements"/>), the first being <paramref name="firstYear"/>.</summary>
    public static DataFrame Replacements(IReadOnlyList<double> demand, int firstYear)
    {
        Preconditions.NotNull(demand);
        return new DataFrame(
            new Int32DataFrameColumn("year", Enumerable.Range(firstYear, demand.Count)),
            new DoubleDataFrameColumn("expectedReplacements", demand));
    }

    /// <summary>A fitted retention projection (<see cref="ShiftedBetaGeometricFit.Project"/>): period, retention, survival, expected and observed alive.</summary>
    public static DataFrame Retention(IReadOnlyList<RetentionProjection> projection)
    {
        Preconditions.NotNull(projection);
        return new DataFrame(
            new Int32DataFrameColumn("period", projection.Select(p => p.Period)),
            new DoubleDataFrameColumn("retention", projection.Select(p => p.Retention)),
            new DoubleDataFrameColumn("survival", projection.Select(p => p.Survival)),
            new DoubleDataFrameColumn("expectedAlive", projection.Select(p => p.ExpectedAlive)),
            new Int32DataFrameColumn("observedAlive", projection.Select(p => p.ObservedAlive)));
    }

    /// <summary>Maintenance fees expected in each of the next <paramref name="years"/> years: contracts alive and fee revenue, 萬元.</summary>
    public static DataFrame ContractRevenue(MaintenanceContracts contracts, int years)
    {
        Preconditions.NotNull(contracts);
        var revenue = contracts.ExpectedRevenue(years);
        return new DataFrame(
            new Int32DataFrameColumn("year", Enumerable.Range(1, revenue.Count)),
            new DoubleDataFrameColumn("expectedContracts", Enumerable.Range(1, revenue.Count).Select(contracts.ExpectedContracts)),
            Money("expectedRevenue", revenue));
    }

    /// <summary>The distribution of benchmark wins: wins k, P(k won), P(at least k).</summary>
    public static DataFrame Wins(BenchmarkWins wins)
    {
        Preconditions.NotNull(wins);
        var k = Enumerable.Range(0, wins.Prospects + 1).ToArray();
        return new DataFrame(
            new Int32DataFrameColumn("wins", k),
            new DoubleDataFrameColumn("probability", k.Select(wins.Probability)),
            new DoubleDataFrameColumn("atLeast", k.Select(wins.AtLeast)));
    }

    /// <summary>A Bass fit against its data: period (from 1), observed adopters, fitted adopters and the residual, and <paramref name="extraPeriods"/> projected periods (observed blank).</summary>
    public static DataFrame BassFit(BassFit fit, int extraPeriods = 0)
    {
        Preconditions.NotNull(fit);
        var fitted = fit.Fitted(extraPeriods);
        var observed = Enumerable.Range(0, fitted.Count).Select(i => i < fit.Data.Periods ? fit.Data.Adopters[i] : (double?)null).ToArray();
        return new DataFrame(
            new Int32DataFrameColumn("period", Enumerable.Range(1, fitted.Count)),
            new DoubleDataFrameColumn("observed", observed),
            new DoubleDataFrameColumn("fitted", fitted),
            new DoubleDataFrameColumn("residual", observed.Select((o, i) => o - fitted[i])));
    }

    private static DecimalDataFrameColumn Money(string name, IEnumerable<decimal> values) => new(name, values.Select(v => (decimal?)v));
}
