using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Funnel;
using Analytics.Planning;

namespace Analytics.Scenarios;

/// <summary>
/// A scenario checked against the plan it claims to model: every figure the scenario repeats from
/// the plan must be the plan's. Its total target is the plan's target and each stream is one of the
/// plan's business lines (e.g. stream <c>newCustomers</c> is line <c>new_customers</c>) with that
/// line's target; the <c>phasing</c> section's quarterly shares are the plan's (phasing.csv), the
/// <c>trigger</c>'s threshold is the plan's quarterly re-plan rule (replan_rules.csv), and each
/// <c>budget</c> line's amount is the plan's line (budget.csv). A probability of hitting the plan's
/// target is only honest when the simulation aimed at the same figures, so these mismatches are an
/// input error naming both places (the scenario's file:line and the plan's). Where a scenario may
/// differ on purpose the difference is a warning (<see cref="Warnings"/>): monthly shares fitted
/// from history, a budget line the scenario leaves out, a plan without a quarterly rule, and an
/// industry's expected leads against the leads the plan states.
/// </summary>
public sealed record ScenarioPlanMatch
{
    /// <summary>Targets and amounts may differ by this much (萬元): the plan's amounts are stated to two decimals, a scenario's are doubles.</summary>
    public const double Tolerance = 0.005;

    /// <summary>Shares and thresholds may differ by this much (a fraction: half a hundredth of a percentage point).</summary>
    public const double ShareTolerance = 5e-5;

    /// <summary>Expected leads may differ from the plan's count by this much (half a lead).</summary>
    public const double LeadTolerance = 0.5;

    private ScenarioPlanMatch(Scenario scenario, IReadOnlyList<StreamLine> streams, IReadOnlyList<ScenarioPlanDifference> warnings)
    {
        Scenario = scenario;
        Streams = streams;
        Warnings = warnings;
    }

    /// <summary>The scenario checked.</summary>
    public Scenario Scenario { get; }

    /// <summary>Each stream with its business line, in the scenario's order.</summary>
    public IReadOnlyList<StreamLine> Streams { get; }

    /// <summary>The differences a scenario may have on purpose (empty when it repeats every figure as the plan states it).</summary>
    public IReadOnlyList<ScenarioPlanDifference> Warnings { get; }

    /// <summary>
    /// Checks <paramref name="scenario"/> against <paramref name="decomposition"/> and pairs its streams with the plan's
    /// business lines (the company target's children). Names are compared without case, '_', '-' and '.'.
    /// </summary>
    /// <param name="scenario">The loaded scenario (its <see cref="Scenario.Locations"/> give the lines named in messages).</param>
    /// <param name="decomposition">The plan, decomposed (a line given only as a share gets its allocated amount).</param>
    /// <param name="scenarioFile">The scenario's file as the user named it, for the message.</param>
    /// <exception cref="InputException">A figure the scenario repeats is not the plan's; the message lists every such difference with both places.</exception>
    public static ScenarioPlanMatch Check(Scenario scenario, PlanDecomposition decomposition, string scenarioFile)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(decomposition);
        Preconditions.NotBlank(scenarioFile);
        var at = (string path) => scenario.Locations.Of(path, scenarioFile);
        var plan = decomposition.Plan;
        var found = new List<ScenarioPlanDifference>();
        void Error(string problem, string path, SourceLocation? planAt = null) => found.Add(new(true, problem, at(path), planAt ?? SourceLocation.None));
        void Warning(string problem, string path, SourceLocation? planAt = null) => found.Add(new(false, problem, at(path), planAt ?? SourceLocation.None));

        var target = (double)decomposition.Root.Amount;
        if (Math.Abs(scenario.Target - target) > Tolerance)
        {
            Error($"its target is {Formats.Amount(scenario.Target)} 萬元 but the plan's is {Formats.Amount(target)} 萬元", "target", decomposition.Root.Node.Source);
        }

        var lines = decomposition.Root.Children;
        var pairs = new List<StreamLine>();
        foreach (var stream in scenario.Streams)
        {
            var line = lines.FirstOrDefault(l => Names(stream.Name, l.Node.Id));
            if (line is null)
            {
                Error($"stream \"{stream.Name}\" is none of the plan's business lines ({string.Join(", ", lines.Select(l => l.Node.Id))})", "streams." + stream.Name);
                continue;
            }

            if (Math.Abs(stream.Target - (double)line.Amount) > Tolerance)
            {
                Error($"stream \"{stream.Name}\" targets {Formats.Amount(stream.Target)} 萬元 but the plan's line {line.Node.Id} is {Formats.Amount((double)line.Amount)} 萬元", $"streams.{stream.Name}.target", line.Node.Source);
            }

            pairs.Add(new StreamLine(stream.Name, line.Node, (double)line.Amount));
        }

        var missing = lines.Where(l => l.Amount != 0 && !pairs.Any(p => p.Line.Id == l.Node.Id)).ToArray();
        if (missing.Length > 0)
        {
            Error($"no stream models the plan's line{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(l => l.Node.Id))}", "streams", missing[0].Node.Source);
        }

        CheckPhasing(scenario, plan, Error, Warning);
        CheckTrigger(scenario, plan, Error, Warning);
        CheckBudget(scenario, plan, Error, Warning);
        CheckLeads(scenario, plan, Warning);

        var errors = found.Where(d => d.IsError).ToArray();
        if (errors.Length > 0)
        {
            throw new InputException(
                scenarioFile,
                0,
                null,
                $"the scenario \"{scenario.Name}\" does not model this plan: {string.Join("; ", errors.Select(e => e.ToString()))}",
                "a scenario whose figures are the plan's: its target and stream targets (one stream per business line, e.g. newCustomers for new_customers), and where it has them the plan's quarterly shares, re-plan threshold and budget amounts; fix the file, draft one from the plan (analytics scenario draft PLAN_DIR), give --scenario FILE for this plan, or --no-simulation");
        }

        return new ScenarioPlanMatch(scenario, pairs, [.. found.Where(d => !d.IsError)]);
    }

    // "newCustomers", "new_customers" and "new-customers" name the same line.
    /// <summary>
    /// Whether a scenario's stream name and a plan's line id name the same business line: equal but
    /// for case, '_' and '-' (stream <c>newCustomers</c> is line <c>new_customers</c>).
    /// </summary>
    public static bool Names(string stream, string lineId) => Key(stream) == Key(lineId);

    /// <summary>
    /// The industry an <c>industryFunnel</c> component belongs to: the industry whose id its name begins
    /// with (case, '_' and '-' ignored; the longest such id), e.g. components <c>3c</c> and
    /// <c>3cPartners</c> are industry 3c's; null when no industry's id starts the name.
    /// </summary>
    /// <param name="component">The component's name within its stream (e.g. "lithiumPartners").</param>
    /// <param name="industries">The plan's industries.</param>
    public static Industry? IndustryOf(string component, IEnumerable<Industry> industries)
    {
        Preconditions.NotBlank(component);
        var key = Key(component);
        return Preconditions.NotNull(industries)
            .Where(i => key.StartsWith(Key(i.Id), StringComparison.Ordinal))
            .OrderByDescending(i => Key(i.Id).Length)
            .FirstOrDefault();
    }

    // The quarterly shares: the plan's timing. Written as "quarters" they must be the plan's; "months"
    // (e.g. fitted from history by `fit seasonality --into`) may differ on purpose, a warning.
    private static void CheckPhasing(Scenario scenario, SalesPlan plan, Action<string, string, SourceLocation?> error, Action<string, string, SourceLocation?> warning)
    {
        if (scenario.Analysis.Phasing is not { } phasing)
        {
            return;
        }

        var quarters = scenario.Locations.Has("phasing.quarters") || !scenario.Locations.Has("phasing.months");
        foreach (var q in plan.Phasing)
        {
            var share = phasing.QuarterShare(q.Quarter);
            if (Math.Abs(share - (double)q.Share) <= ShareTolerance)
            {
                continue;
            }

            if (quarters)
            {
                error($"phasing {q.Label} is {Formats.PercentUpTo(share)} of the year but the plan's {q.Label} is {Formats.PercentUpTo(q.Share)}", $"phasing.quarters[{q.Quarter - 1}]", q.Source);
            }
            else
            {
                warning($"phasing months put {Formats.PercentUpTo(share)} of the year in {q.Label}, the plan's {q.Label} share is {Formats.PercentUpTo(q.Share)} (monthly shares fitted from history may differ from the plan's phasing; the quarterly rule then judges each quarter against the fitted timing)", "phasing.months", q.Source);
            }
        }
    }

    // The threshold: the plan's quarterly completion rule (replan_rules.csv). Without such a rule the scenario's is its own.
    private static void CheckTrigger(Scenario scenario, SalesPlan plan, Action<string, string, SourceLocation?> error, Action<string, string, SourceLocation?> warning)
    {
        if (scenario.Analysis.Trigger is not { } trigger)
        {
            return;
        }

        var rules = plan.ReplanRules.Where(r => r.Period == "quarter" && r.Metric == "completion").ToArray();
        if (rules.Length == 0)
        {
            warning($"the trigger's threshold {Formats.PercentUpTo(trigger.Threshold)} is the scenario's own: the plan states no quarterly completion rule (replan_rules.csv)", "trigger.threshold", null);
        }
        else if (!rules.Any(r => Math.Abs((double)r.Threshold - trigger.Threshold) <= ShareTolerance))
        {
            error($"the trigger fires under {Formats.PercentUpTo(trigger.Threshold)} of a quarter's target but the plan's re-plan rule {rules[0].Id} fires under {Formats.PercentUpTo(rules[0].Threshold)}", "trigger.threshold", rules[0].Source);
        }
    }

    // Each budget line's amount is the plan's line (budget.csv); a line the scenario leaves out is a warning (it buys nothing the scenario models).
    private static void CheckBudget(Scenario scenario, SalesPlan plan, Action<string, string, SourceLocation?> error, Action<string, string, SourceLocation?> warning)
    {
        var items = scenario.Analysis.Budget;
        if (items.Count == 0)
        {
            return;
        }

        foreach (var item in items)
        {
            var line = plan.Budget.FirstOrDefault(b => Names(item.Id, b.Id));
            if (line is null)
            {
                error($"budget line \"{item.Id}\" is none of the plan's budget lines ({string.Join(", ", plan.Budget.Select(b => b.Id))})", "budget." + item.Id, null);
            }
            else if (Math.Abs(item.Amount - (double)line.Amount) > Tolerance)
            {
                error($"budget line \"{item.Id}\" spends {Formats.Amount(item.Amount)} 萬元 but the plan's line {line.Id} is {Formats.Amount(line.Amount)} 萬元", $"budget.{item.Id}.amount", line.Source);
            }
        }

        foreach (var line in plan.Budget.Where(b => b.Amount > 0 && !items.Any(i => Names(i.Id, b.Id))))
        {
            warning($"the budget section leaves out the plan's line {line.Id} ({Formats.Amount(line.Amount)} 萬元), so the budget analysis does not show it", "budget", line.Source);
        }
    }

    // An industry's expected leads (the means of its funnels' lead counts) against the leads the plan states for it
    // (trade_shows.csv and lead_sources.csv): a scenario may expect more or fewer on purpose, so a difference is a warning.
    private static void CheckLeads(Scenario scenario, SalesPlan plan, Action<string, string, SourceLocation?> warning)
    {
        var funnels = scenario.Streams
            .SelectMany(s => s.Components.OfType<IndustryFunnel>().Select(f => (Stream: s.Name, Key: f.Name[(s.Name.Length + 1)..], Funnel: f)))
            .Select(f => (f.Stream, f.Key, f.Funnel, Industry: IndustryOf(f.Key, plan.Industries)))
            .Where(f => f.Industry is not null)
            .GroupBy(f => f.Industry!.Id, StringComparer.Ordinal);
        foreach (var group in funnels)
        {
            var shows = plan.TradeShows.Where(t => t.IndustryId == group.Key).ToArray();
            var sources = plan.LeadSources.Where(l => l.IndustryId == group.Key).ToArray();
            if (shows.Length + sources.Length == 0)
            {
                continue;
            }

            var stated = shows.Sum(t => t.QualifiedLeads) + sources.Sum(l => l.Leads);
            var expected = group.Sum(f => f.Funnel.Leads.Mean);
            if (Math.Abs(expected - stated) > LeadTolerance)
            {
                var first = group.First();
                var planAt = shows.Length > 0 ? shows[0].Source : sources[0].Source;
                warning($"industry {group.Key}'s funnels expect {Formats.Amount(expected)} leads ({string.Join(" + ", group.Select(f => f.Key))}) but the plan states {stated.ToString(System.Globalization.CultureInfo.InvariantCulture)} (trade shows and lead sources)", $"streams.{first.Stream}.components.{first.Key}.leads", planAt);
            }
        }
    }

    // A plan id may hold '.', a scenario name may not: a drafted stream drops it, so the pairing ignores it too.
    private static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
