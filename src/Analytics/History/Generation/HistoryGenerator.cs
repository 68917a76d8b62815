using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.History.Generation;

/// <summary>
/// Generates a synthetic but consistent history of a plan's company for its past years, from a seed:
/// renewals of the due customers by tier (Bernoulli at the tier's rate), their orders and the upgrade
/// pool (repurchase), leads by quarter and industry with a win rate that varies by quarter
/// (beta-binomial) and the first orders of the new customers won; each order booked in a month drawn
/// from the year's monthly weights (Dirichlet around the plan's phasing). Each year's orders are then
/// scaled so that the line's sales equal the growth path back from last year's sales exactly (largest
/// remainder in 0.01 萬元); monthly sales are the orders summed. The same plan, spec and seed always
/// give the same history (every component draws from its own stream: seed, year, name).
/// </summary>
public static class HistoryGenerator
{
    /// <summary>The seed the shipped data/plc-2026/history was generated with.</summary>
    public const ulong ShippedSeed = 2023;

    /// <summary>The repurchase line's id in the history's files.</summary>
    public const string Repurchase = BusinessLines.Repurchase;

    /// <summary>The new-customer line's id in the history's files.</summary>
    public const string NewCustomers = BusinessLines.NewCustomers;

    private const double UpgradeMean = 10;
    private const double UpgradeCv = 0.6;

    /// <summary>Generates the history of <paramref name="plan"/>'s company for the <see cref="HistorySpec.Years"/> years before its plan year.</summary>
    public static SyntheticHistory Generate(SalesPlan plan, HistorySpec spec, ulong seed)
    {
        Preconditions.NotNull(plan);
        Preconditions.NotNull(spec);
        spec.Validate();
        var last = plan.Facts.PlanYear - 1;
        var profile = Enumerable.Range(1, 12).Select(month => (double)plan.Phasing.First(q => q.Quarter == CalendarQuarters.QuarterOf(month)).Share / 3).ToArray();
        var due = plan.Customers.Where(c => c.IsDueIn(plan.Facts.PlanYear)).GroupBy(c => c.Tier.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Tier: g.Key, Count: g.Count(), Order: (double)g.Average(c => c.RenewalOrder))).ToArray();
        var industries = plan.Industries.Select(i => i.Id).ToArray();
        var industryWeights = industries.Select(i => (double)plan.Customers.Count(c => c.IndustryId == i)).ToArray();
        var leadsPerYear = industries.Select(i => plan.LeadSources.Where(s => s.IndustryId == i).Sum(s => s.Leads) + plan.TradeShows.Where(t => t.IndustryId == i).Sum(t => t.QualifiedLeads)).ToArray();

        var orders = new List<Order>();
        var leads = new List<LeadPeriod>();
        var renewals = new List<RenewalOutcome>();
        for (var year = last - spec.Years + 1; year <= last; year++)
        {
            var back = last - year;
            var growth = Math.Pow(1 + (double)spec.Growth, -back);
            var total = Math.Round(plan.Facts.LastYearSales / Power(1 + spec.Growth, back), 2);
            var lineTotals = Allocation.LargestRemainder(total, [spec.RepurchaseShare, 1 - spec.RepurchaseShare], 0.01m);
            var weights = new Dictionary<string, double[]>
            {
                [Repurchase] = Dirichlet(RandomStreams.Create(seed, (ulong)year, "months " + Repurchase), profile, spec.Concentration[Repurchase]),
                [NewCustomers] = Dirichlet(RandomStreams.Create(seed, (ulong)year, "months " + NewCustomers), profile, spec.Concentration[NewCustomers]),
            };
            var drafts = new List<(int Month, string Line, string Industry, string Customer, double Value)>();

            // Repurchase: the due customers' renewals, then the upgrade pool.
            var rng = RandomStreams.Create(seed, (ulong)year, "renewals");
            foreach (var (tier, count, order) in due)
            {
                for (var j = 1; j <= count; j++)
                {
                    var customer = string.Create(CultureInfo.InvariantCulture, $"R{year}{tier}{j:00}");
                    var renewed = rng.NextDouble() < spec.RenewalProbability[tier];
                    var industry = industries[Pick(ref rng, industryWeights)];
                    renewals.Add(new RenewalOutcome(customer, tier, year, renewed, SourceLocation.None));
                    if (renewed)
                    {
                        drafts.Add((Pick(ref rng, weights[Repurchase]) + 1, Repurchase, industry, customer, LogNormal.FromMeanCv(order, spec.RenewalCv).Sample(ref rng)));
                    }
                }
            }

            rng = RandomStreams.Create(seed, (ulong)year, "upgrades");
            var upgrade = LogNormal.FromMeanCv(UpgradeMean, UpgradeCv);
            for (var j = Poisson.Sample(ref rng, spec.Upgrades * growth); j > 0; j--)
            {
                var existing = plan.Customers[(int)(rng.NextDouble() * plan.Customers.Count)];
                drafts.Add((Pick(ref rng, weights[Repurchase]) + 1, Repurchase, existing.IndustryId, existing.Id, upgrade.Sample(ref rng)));
            }

            // New customers: leads by quarter, a quarter's win rate drawn from the industry's beta.
            rng = RandomStreams.Create(seed, (ulong)year, "leads");
            var won = 0;
            for (var i = 0; i < industries.Length; i++)
            {
                var (a, b) = spec.WinRate[industries[i]];
                var value = LogNormal.FromMeanCv((double)plan.Industries[i].AverageOrder, spec.OrderCv);
                for (var quarter = 1; quarter <= 4; quarter++)
                {
                    var months = CalendarQuarters.MonthsOf(quarter).Select(month => month - 1).ToArray();
                    var quarterLeads = Poisson.Sample(ref rng, leadsPerYear[i] * growth * months.Sum(m => profile[m]));
                    var wins = Binomial.Sample(ref rng, quarterLeads, Beta.Sample(ref rng, a, b));
                    leads.Add(new LeadPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}Q{quarter}"), industries[i], quarterLeads, wins, SourceLocation.None));
                    for (var w = 0; w < wins; w++)
                    {
                        var month = months[Pick(ref rng, [.. months.Select(m => weights[NewCustomers][m])])] + 1;
                        drafts.Add((month, NewCustomers, industries[i], string.Create(CultureInfo.InvariantCulture, $"N{year}-{++won:000}"), value.Sample(ref rng)));
                    }
                }
            }

            // Scale each line's orders to its share of the year exactly, then number them in booking order.
            var scaled = new decimal[drafts.Count];
            foreach (var (line, lineTotal) in new[] { (Repurchase, lineTotals[0]), (NewCustomers, lineTotals[1]) })
            {
                var index = Enumerable.Range(0, drafts.Count).Where(k => drafts[k].Line == line).ToArray();
                var parts = Allocation.LargestRemainder(lineTotal, [.. index.Select(k => (decimal)drafts[k].Value)], 0.01m);
                for (var k = 0; k < index.Length; k++)
                {
                    scaled[index[k]] = parts[k];
                }
            }

            var booked = Enumerable.Range(0, drafts.Count).OrderBy(k => drafts[k].Month).ThenBy(k => k).ToArray();
            for (var n = 0; n < booked.Length; n++)
            {
                var d = drafts[booked[n]];
                orders.Add(new Order(string.Create(CultureInfo.InvariantCulture, $"O{year}-{n + 1:0000}"), year, d.Month, d.Line, d.Industry, d.Customer, scaled[booked[n]]));
            }
        }

        // Every month of every line, a month without orders included as 0.
        var sales = (from year in Enumerable.Range(last - spec.Years + 1, spec.Years)
                     from month in Enumerable.Range(1, 12)
                     from line in new[] { NewCustomers, Repurchase }
                     select new MonthlySales(year, month, line, orders.Where(o => o.Year == year && o.Month == month && o.Line == line).Sum(o => o.Value), SourceLocation.None)).ToArray();
        return new SyntheticHistory(orders, sales, leads, renewals);
    }

    // Monthly weights ~ Dirichlet(κ · profile): independent gammas, normalised.
    private static double[] Dirichlet(Xoshiro256StarStar rng, double[] profile, double concentration)
    {
        var draws = profile.Select(p => Gamma.SampleStandard(ref rng, concentration * p)).ToArray();
        var sum = draws.Sum();
        return [.. draws.Select(d => d / sum)];
    }

    // An index drawn with probability proportional to its weight.
    private static int Pick(ref Xoshiro256StarStar rng, double[] weights)
    {
        var u = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }
}
