using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;
using Analytics.Repurchase;
using Analytics.Funnel;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Tracking;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// A synthetic year's first months, drawn from a plan's scenario with a seed (sample data to try
/// <c>track</c> on, never real sales): the scenario's monthly paths for <see cref="SimulationEngine.BlockSize"/>
/// years are drawn, and the first of them (in trial order) whose last complete quarter falls under the
/// plan's quarterly rule is taken, so that the rule fires. Each line's monthly revenue (rounded to 0.01
/// 萬元) is broken down over the line's leaf targets (industries, regions) around the plan's
/// proportions: each leaf keeps a persistent factor for the year (Gamma, κ = 20) times a monthly one
/// (κ = 200), split by largest remainder so the rows add up to the line exactly. The pipeline facts
/// follow the same year: each industry funnel's leads per month are Poisson around its mean leads
/// times the plan's monthly share and are won at the year's own win rate; each renewal tier's due
/// customers are spread over the months by the plan's shares and renew at the year's own rate; a
/// benchmark account is won in the new product's first month when the year wins one. The same plan,
/// scenario, months and seed always give the same year.
/// </summary>
public static class SampleYearGenerator
{
    /// <summary>The seed data/plc-2026/actuals.csv and pipeline.csv were generated with.</summary>
    public const ulong ShippedSeed = 2032;

    private const double LeafConcentration = 20;
    private const double MonthConcentration = 200;

    /// <summary>Draws the year and returns its first <paramref name="through"/> months.</summary>
    /// <param name="decomposition">The plan, decomposed.</param>
    /// <param name="match">The plan's scenario, checked against it (it needs timing uncertainty for every stream).</param>
    /// <param name="through">The last month to give, 1-12.</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentException">No year among those drawn has its last complete quarter under the rule.</exception>
    public static SampleYear Generate(PlanDecomposition decomposition, ScenarioPlanMatch match, int through, ulong seed)
    {
        Preconditions.NotNull(decomposition);
        Preconditions.NotNull(match);
        Preconditions.InRange(through, 1, CalendarMonths.Count);
        var plan = decomposition.Plan;
        var prior = PriorTrials.Simulate(match.Scenario, new SimulationOptions(SimulationEngine.BlockSize, seed, threads: 1));
        var lines = prior.Streams.Select(s => match.Streams.First(p => p.Stream == s).Line.Id).ToArray();
        var threshold = QuarterlyReplanRule.Of(plan)?.Threshold ?? 0.80m;
        var quarter = through / CalendarQuarters.MonthsPerQuarter;
        for (var t = 0; t < prior.Count; t++)
        {
            // Monthly amounts rounded to 0.01 萬元, as they would be written.
            var amounts = new decimal[lines.Length, through];
            for (var s = 0; s < lines.Length; s++)
            {
                for (var m = 1; m <= through; m++)
                {
                    amounts[s, m - 1] = Math.Round((decimal)prior.Month(s, m).Span[t], 2);
                }
            }

            var booked = quarter == 0 ? 0 : CalendarQuarters.MonthsOf(quarter).Sum(m => Enumerable.Range(0, lines.Length).Sum(s => amounts[s, m - 1]));
            if (quarter > 0 && booked >= threshold * decomposition.Year.Quarters[quarter - 1])
            {
                continue;
            }

            var rows = Breakdown(decomposition, lines, amounts, through, seed);
            var actuals = Actuals.Create(plan, rows, TrackingFiles.Actuals);
            var pipeline = Facts(plan, match, prior, t, through, seed);
            var completion = quarter == 0 ? (double?)null : (double)(booked / decomposition.Year.Quarters[quarter - 1]);
            return new SampleYear(actuals, pipeline, seed, t, quarter, completion);
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"none of the {prior.Count} years drawn with seed {seed} has Q{quarter} under {threshold:P0} of its target; try another seed."), nameof(seed));
    }

    // Each line's monthly amount split over its leaf targets (grouped by the dimensions all its leaves carry).
    private static List<MonthlyActual> Breakdown(PlanDecomposition decomposition, string[] lines, decimal[,] amounts, int through, ulong seed)
    {
        var year = decomposition.Plan.Facts.PlanYear;
        var rng = RandomStreams.Create(seed, 0, "actuals.breakdown");
        var rows = new List<MonthlyActual>();
        var order = decomposition.Root.Children.Select(c => c.Node.Id).ToList();
        var byLine = lines.Select((l, s) => (Line: l, Stream: s)).OrderBy(p => order.IndexOf(p.Line)).ToArray();
        var leaves = byLine.Select(p => Leaves(decomposition[p.Line])).ToArray();
        var persistent = leaves.Select(g => g.Select(l => l.Weight > 0 ? Gamma.SampleStandard(ref rng, LeafConcentration) / LeafConcentration : 0).ToArray()).ToArray();
        for (var m = 1; m <= through; m++)
        {
            for (var i = 0; i < byLine.Length; i++)
            {
                var (line, stream) = byLine[i];
                var group = leaves[i];
                var weights = group.Select((l, j) => l.Weight > 0 ? (decimal)(l.Weight * persistent[i][j] * Gamma.SampleStandard(ref rng, MonthConcentration) / MonthConcentration) : 0m).ToArray();
                var split = group.Length == 1 || weights.All(w => w == 0) ? [amounts[stream, m - 1]] : Allocation.LargestRemainder(amounts[stream, m - 1], weights, 0.01m);
                for (var j = 0; j < split.Length; j++)
                {
                    var leaf = split.Length == 1 && group.Length != 1 ? (Industry: (string?)null, Region: (string?)null) : (group[j].Industry, group[j].Region);
                    rows.Add(new MonthlyActual(year, m, line, leaf.Industry, leaf.Region, split[j], SourceLocation.None));
                }
            }
        }

        return rows;
    }

    // The line's leaf targets grouped by the industry and region every leaf states, with their amounts.
    private static (string? Industry, string? Region, double Weight)[] Leaves(AllocatedTarget line)
    {
        var leaves = line.Descendants().Where(t => t.IsLeaf && t != line).ToArray();
        if (leaves.Length == 0)
        {
            return [(null, null, 1)];
        }

        var byIndustry = leaves.All(l => l.Node.IndustryId is not null);
        var byRegion = leaves.All(l => l.Node.RegionId is not null);
        if (!byIndustry && !byRegion)
        {
            return [(null, null, 1)];
        }

        return [.. leaves.GroupBy(l => (Industry: byIndustry ? l.Node.IndustryId : null, Region: byRegion ? l.Node.RegionId : null))
            .Select(g => (g.Key.Industry, g.Key.Region, (double)g.Sum(l => l.Amount)))];
    }

    private static Pipeline Facts(SalesPlan plan, ScenarioPlanMatch match, PriorTrials prior, int t, int through, ulong seed)
    {
        var rng = RandomStreams.Create(seed, 0, "actuals.pipeline");
        var shares = prior.Phasing.MonthlyShares;
        var year = plan.Facts.PlanYear;
        var leads = new List<ObservedLeads>();
        var renewals = new List<ObservedRenewals>();
        var benchmarks = new List<ObservedBenchmark>();
        foreach (var stream in match.Scenario.Streams)
        {
            foreach (var component in stream.Components)
            {
                var name = component.Name[(stream.Name.Length + 1)..];
                switch (component)
                {
                    case IndustryFunnel funnel when IndustryOf(plan, name) is { } industry:
                        var p = prior.Rate(funnel.WinRate.Name).Span[t];
                        for (var m = 1; m <= through; m++)
                        {
                            var decided = shares[m - 1] > 0 ? new Poisson(funnel.Leads.Mean * shares[m - 1]).SampleCount(ref rng) : 0;
                            leads.Add(new ObservedLeads(year, m, industry, ScenarioPlanMatch.Names(name, industry) ? null : name, decided, Binomial.Sample(ref rng, decided, p), SourceLocation.None));
                        }

                        break;
                    case RenewalTier tier when TierOf(name) is { } letter:
                        var rate = prior.Rate(tier.RenewalProbability.Name).Span[t];
                        var due = Allocation.LargestRemainder(tier.Customers, [.. shares.Select(x => (decimal)x)]);
                        for (var m = 1; m <= through; m++)
                        {
                            renewals.Add(new ObservedRenewals(year, m, letter, null, due[m - 1], Binomial.Sample(ref rng, due[m - 1], rate), SourceLocation.None));
                        }

                        break;
                }
            }
        }

        foreach (var (component, _, values) in prior.Counts)
        {
            var s = prior.Streams.ToList().FindIndex(x => component.StartsWith(x + ".", StringComparison.Ordinal));
            var first = (int)prior.FirstMonths[s].Span[t];
            if (values.Span[t] >= 1 && first <= through)
            {
                benchmarks.Add(new ObservedBenchmark(year, first, match.Streams.First(p => p.Stream == prior.Streams[s]).Line.Id, true, SourceLocation.None));
            }
        }

        return Pipeline.Create(plan, leads, renewals, benchmarks, TrackingFiles.Pipeline);
    }

    // The plan industry a funnel belongs to: the longest industry id its name starts with (3cPartners is 3c's).
    private static string? IndustryOf(SalesPlan plan, string component)
        => plan.Industries.Select(i => i.Id).Where(id => Enumerable.Range(1, component.Length).Any(k => ScenarioPlanMatch.Names(component[..k], id))).OrderByDescending(id => id.Length).FirstOrDefault();

    // The customer tier a renewal tier is named for (tierA is A), or null.
    private static CustomerTier? TierOf(string component)
        => Enum.GetValues<CustomerTier>().Cast<CustomerTier?>().FirstOrDefault(x => ScenarioPlanMatch.Names(component, "tier" + x));
}
