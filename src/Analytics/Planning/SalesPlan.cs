using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// The whole plan: facts, the target tree, phasing, team, channels, budget and customers.
/// Construction checks the structure (unique ids, references that resolve, one root, no cycle,
/// four quarters) and throws <see cref="InputException"/> at the offending row, because a plan
/// that is not a tree cannot be decomposed at all. Whether its figures agree is the audit's job.
/// </summary>
public sealed class SalesPlan
{
    private readonly Dictionary<string, TargetNode> _targets;
    private readonly Dictionary<string, List<TargetNode>> _children;
    private readonly IReadOnlyDictionary<string, SourceLocation> _factLocations;

    /// <summary>Builds and structurally validates a plan.</summary>
    /// <exception cref="InputException">An id is duplicated, a reference does not resolve, or the targets are not a tree.</exception>
    public SalesPlan(
        PlanFacts facts,
        IReadOnlyList<Industry> industries,
        IReadOnlyList<Region> regions,
        IReadOnlyList<TargetNode> targets,
        IReadOnlyList<PhasingQuarter> phasing,
        IReadOnlyList<Person> people,
        IReadOnlyList<Assignment> assignments,
        IReadOnlyList<ChannelPartner> channelPartners,
        IReadOnlyList<TradeShow> tradeShows,
        IReadOnlyList<LeadSource> leadSources,
        IReadOnlyList<Incentive> incentives,
        IReadOnlyList<BudgetLine> budget,
        IReadOnlyList<ReplanRule> replanRules,
        IReadOnlyList<Customer> customers,
        IReadOnlyDictionary<string, SourceLocation>? factLocations = null)
    {
        _factLocations = factLocations ?? new Dictionary<string, SourceLocation>();
        Facts = Preconditions.NotNull(facts);
        Industries = Preconditions.NotNull(industries);
        Regions = Preconditions.NotNull(regions);
        Targets = Preconditions.NotNull(targets);
        Phasing = Preconditions.NotNull(phasing).OrderBy(q => q.Quarter).ToArray();
        People = Preconditions.NotNull(people);
        Assignments = Preconditions.NotNull(assignments);
        ChannelPartners = Preconditions.NotNull(channelPartners);
        TradeShows = Preconditions.NotNull(tradeShows);
        LeadSources = Preconditions.NotNull(leadSources);
        Incentives = Preconditions.NotNull(incentives);
        Budget = Preconditions.NotNull(budget);
        ReplanRules = Preconditions.NotNull(replanRules);
        Customers = Preconditions.NotNull(customers);

        var industryIds = Unique(industries, i => i.Id, i => i.Source, "industry");
        var regionIds = Unique(regions, r => r.Id, r => r.Source, "region");
        Unique(targets, t => t.Id, t => t.Source, "target");
        _targets = targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var personIds = Unique(people, p => p.Id, p => p.Source, "person");
        Unique(channelPartners, p => p.Id, p => p.Source, "channel partner");
        Unique(tradeShows, s => s.Id, s => s.Source, "trade show");
        var incentiveIds = Unique(incentives, i => i.Id, i => i.Source, "incentive");
        Unique(budget, b => b.Id, b => b.Source, "budget line");
        Unique(customers, c => c.Id, c => c.Source, "customer");

        Root = CheckTree(targets, industryIds, regionIds);
        _children = targets.Where(t => t.ParentId is not null)
            .GroupBy(t => t.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        CheckPhasing(Phasing);
        foreach (var p in people)
        {
            if (p.Role == PersonRole.IndustryManager && p.IndustryId is null)
            {
                throw Error(p.Source, "industry", $"the industry manager \"{p.Id}\" has no industry", "the id of the industry the manager covers");
            }

            if (p.Role == PersonRole.RegionalManager && p.RegionId is null)
            {
                throw Error(p.Source, "region", $"the regional manager \"{p.Id}\" has no region", "the id of the region the manager covers");
            }

            Reference(p.IndustryId, industryIds, p.Source, "industry", "industries.csv");
            Reference(p.RegionId, regionIds, p.Source, "region", "regions.csv");
        }

        var seenAssignments = new HashSet<(string, string)>();
        foreach (var a in assignments)
        {
            Reference(a.PersonId, personIds, a.Source, "person", "people.csv");
            Reference(a.TargetId, _targets.Keys, a.Source, "target", "targets.csv");
            if (!seenAssignments.Add((a.PersonId, a.TargetId)))
            {
                throw Error(a.Source, null, $"\"{a.PersonId}\" is assigned to \"{a.TargetId}\" twice", "one row per person and target");
            }
        }

        foreach (var c in channelPartners)
        {
            Reference(c.RegionId, regionIds, c.Source, "region", "regions.csv");
            Reference(c.IndustryId, industryIds, c.Source, "industry", "industries.csv");
            Reference(c.OwnerId, personIds, c.Source, "owner", "people.csv");
        }

        foreach (var s in tradeShows)
        {
            Reference(s.IndustryId, industryIds, s.Source, "industry", "industries.csv");
        }

        foreach (var l in leadSources)
        {
            Reference(l.IndustryId, industryIds, l.Source, "industry", "industries.csv");
        }

        foreach (var b in budget.Where(b => b.Funds is not null && b.Funds != BudgetLineFundsTradeShows))
        {
            Reference(b.Funds, incentiveIds, b.Source, "funds", $"incentives.csv (or \"{BudgetLineFundsTradeShows}\")");
        }

        foreach (var c in customers)
        {
            Reference(c.IndustryId, industryIds, c.Source, "industry", "industries.csv");
            Reference(c.RegionId, regionIds, c.Source, "region", "regions.csv");
        }
    }

    /// <summary>
    /// A copy with the given tables replaced (null keeps a table as it is), built and checked again
    /// by the constructor, e.g. <c>plan.With(budget: lines)</c>; where each fact was read is kept.
    /// The plan itself is not changed, nor are its files.
    /// </summary>
    /// <exception cref="InputException">The new tables break the plan's structure (see the constructor).</exception>
    public SalesPlan With(
        PlanFacts? facts = null,
        IReadOnlyList<Industry>? industries = null,
        IReadOnlyList<Region>? regions = null,
        IReadOnlyList<TargetNode>? targets = null,
        IReadOnlyList<PhasingQuarter>? phasing = null,
        IReadOnlyList<Person>? people = null,
        IReadOnlyList<Assignment>? assignments = null,
        IReadOnlyList<ChannelPartner>? channelPartners = null,
        IReadOnlyList<TradeShow>? tradeShows = null,
        IReadOnlyList<LeadSource>? leadSources = null,
        IReadOnlyList<Incentive>? incentives = null,
        IReadOnlyList<BudgetLine>? budget = null,
        IReadOnlyList<ReplanRule>? replanRules = null,
        IReadOnlyList<Customer>? customers = null)
        => new(
            facts ?? Facts,
            industries ?? Industries,
            regions ?? Regions,
            targets ?? Targets,
            phasing ?? Phasing,
            people ?? People,
            assignments ?? Assignments,
            channelPartners ?? ChannelPartners,
            tradeShows ?? TradeShows,
            leadSources ?? LeadSources,
            incentives ?? Incentives,
            budget ?? Budget,
            replanRules ?? ReplanRules,
            customers ?? Customers,
            _factLocations);

    /// <summary>A copy in which <paramref name="quarter"/> replaces the phasing row of the same quarter.</summary>
    public SalesPlan WithQuarter(PhasingQuarter quarter)
    {
        Preconditions.NotNull(quarter);
        return With(phasing: [.. Phasing.Select(q => q.Quarter == quarter.Quarter ? quarter : q)]);
    }

    /// <summary>A copy in which <paramref name="node"/> replaces the target with the same id.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no target with that id.</exception>
    public SalesPlan WithTarget(TargetNode node)
    {
        Preconditions.NotNull(node);
        Target(node.Id);
        return With(targets: [.. Targets.Select(t => t.Id == node.Id ? node : t)]);
    }

    /// <summary>The value of a budget line's funds column that means "pays for the trade shows".</summary>
    public const string BudgetLineFundsTradeShows = "trade_shows";

    /// <summary>Headline figures.</summary>
    public PlanFacts Facts { get; }

    /// <summary>Target industries.</summary>
    public IReadOnlyList<Industry> Industries { get; }

    /// <summary>Sales regions.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The target tree's nodes, in file order.</summary>
    public IReadOnlyList<TargetNode> Targets { get; }

    /// <summary>The company node (the tree's root).</summary>
    public TargetNode Root { get; }

    /// <summary>The four quarters, Q1 first.</summary>
    public IReadOnlyList<PhasingQuarter> Phasing { get; }

    /// <summary>The sales team.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Who is credited with which target.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>Channel partners.</summary>
    public IReadOnlyList<ChannelPartner> ChannelPartners { get; }

    /// <summary>Trade shows.</summary>
    public IReadOnlyList<TradeShow> TradeShows { get; }

    /// <summary>Lead sources other than trade shows.</summary>
    public IReadOnlyList<LeadSource> LeadSources { get; }

    /// <summary>Incentives and support measures.</summary>
    public IReadOnlyList<Incentive> Incentives { get; }

    /// <summary>Budget lines.</summary>
    public IReadOnlyList<BudgetLine> Budget { get; }

    /// <summary>Re-plan rule steps.</summary>
    public IReadOnlyList<ReplanRule> ReplanRules { get; }

    /// <summary>Existing customers.</summary>
    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>Where each fact was read, by key (empty for a plan built in code).</summary>
    public IReadOnlyDictionary<string, SourceLocation> FactLocations => _factLocations;

    /// <summary>Where the fact <paramref name="key"/> (e.g. "budget_total") was read, or <see cref="SourceLocation.None"/>.</summary>
    public SourceLocation FactLocation(string key)
        => _factLocations.TryGetValue(key, out var location) ? location : SourceLocation.None;

    /// <summary>The node with <paramref name="id"/>.</summary>
    public TargetNode Target(string id)
        => _targets.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No target \"{id}\" in the plan.");

    /// <summary>The children of a node, in file order.</summary>
    public IReadOnlyList<TargetNode> ChildrenOf(TargetNode node)
        => _children.TryGetValue(Preconditions.NotNull(node).Id, out var list) ? list : [];

    /// <summary>The node's ancestors, parent first, the root last.</summary>
    public IEnumerable<TargetNode> AncestorsOf(TargetNode node)
    {
        var current = Preconditions.NotNull(node);
        while (current.ParentId is not null)
        {
            current = _targets[current.ParentId];
            yield return current;
        }
    }

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(TargetNode node, TargetNode ancestor)
        => node.Id == ancestor.Id || AncestorsOf(node).Any(a => a.Id == ancestor.Id);

    /// <summary>The industry with <paramref name="id"/>, or null.</summary>
    public Industry? FindIndustry(string? id) => id is null ? null : Industries.FirstOrDefault(i => i.Id == id);

    /// <summary>The region with <paramref name="id"/>, or null.</summary>
    public Region? FindRegion(string? id) => id is null ? null : Regions.FirstOrDefault(r => r.Id == id);

    /// <summary>The person with <paramref name="id"/>, or null.</summary>
    public Person? FindPerson(string? id) => id is null ? null : People.FirstOrDefault(p => p.Id == id);

    private TargetNode CheckTree(IReadOnlyList<TargetNode> targets, IReadOnlyCollection<string> industryIds, IReadOnlyCollection<string> regionIds)
    {
        var roots = targets.Where(t => t.Level == TargetLevel.Company).ToArray();
        if (roots.Length == 0)
        {
            throw new InputException(targets.Count > 0 ? targets[0].Source.File : "targets.csv", 0, "level", "there is no company target", "exactly one row with level \"company\" and no parent");
        }

        if (roots.Length > 1)
        {
            throw Error(roots[1].Source, "level", $"a second company target \"{roots[1].Id}\" (the first is \"{roots[0].Id}\")", "exactly one row with level \"company\"");
        }

        foreach (var t in targets)
        {
            if (t.ParentId is not null && !_targets.ContainsKey(t.ParentId))
            {
                throw Error(t.Source, "parent", $"the parent \"{t.ParentId}\" of \"{t.Id}\" does not exist", "the id of another row of targets.csv");
            }

            Reference(t.IndustryId, industryIds, t.Source, "industry", "industries.csv");
            Reference(t.RegionId, regionIds, t.Source, "region", "regions.csv");
        }

        // Cycles first: in a cycle some child is never below its parent, and the level check
        // would report that instead of the real problem.
        foreach (var t in targets)
        {
            var seen = new List<string> { t.Id };
            for (var current = t; current.ParentId is not null; current = _targets[current.ParentId])
            {
                if (seen.Contains(current.ParentId, StringComparer.Ordinal))
                {
                    throw Error(t.Source, "parent", $"the targets form a cycle: {string.Join(" -> ", seen)} -> {current.ParentId}", "parents that lead up to the company target");
                }

                seen.Add(current.ParentId);
            }
        }

        foreach (var t in targets.Where(t => t.ParentId is not null))
        {
            var parent = _targets[t.ParentId!];
            if (parent.Level >= t.Level)
            {
                throw Error(t.Source, "level", $"\"{t.Id}\" is at level {Level(t.Level)} but its parent \"{parent.Id}\" is at level {Level(parent.Level)}", "a child one or more levels below its parent (company > line > industry > region)");
            }
        }

        return roots[0];
    }

    private static void CheckPhasing(IReadOnlyList<PhasingQuarter> phasing)
    {
        for (var q = 1; q <= 4; q++)
        {
            var rows = phasing.Where(p => p.Quarter == q).ToArray();
            if (rows.Length > 1)
            {
                throw Error(rows[1].Source, "quarter", $"Q{q} appears twice", "each quarter Q1-Q4 once");
            }

            if (rows.Length == 0)
            {
                var file = phasing.Count > 0 ? phasing[0].Source.File : "phasing.csv";
                throw new InputException(file, 0, "quarter", $"Q{q} is missing", "four rows, Q1 to Q4");
            }
        }
    }

    private static HashSet<string> Unique<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, SourceLocation> source, string what)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                throw Error(source(item), "id", $"duplicate {what} id \"{id(item)}\" (first on line {first.Line})", "a unique id");
            }

            seen[id(item)] = source(item);
        }

        return [.. seen.Keys];
    }

    private static void Reference(string? id, IReadOnlyCollection<string> known, SourceLocation source, string column, string table)
    {
        if (id is not null && !known.Contains(id))
        {
            throw Error(source, column, $"unknown {column} \"{id}\"", $"an id from {table}: {string.Join(", ", known.Take(12))}{(known.Count > 12 ? ", ..." : string.Empty)}");
        }
    }

    private static string Level(TargetLevel level) => level.ToString().ToLowerInvariant();

    private static InputException Error(SourceLocation source, string? column, string problem, string expected)
        => new(source.File, source.Line, column, problem, expected);
}
