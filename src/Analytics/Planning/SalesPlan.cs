using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// The whole plan: facts, the target tree and its business lines, phasing, team and roles, channels,
/// budget, new products and customers. Construction checks the structure (unique ids, references
/// that resolve, one root, no cycle, four quarters, 2 to 8 business lines each with a kind, one set
/// of facts per new product) and throws <see cref="InputException"/> at the offending row, because
/// a plan that is not a tree cannot be decomposed at all. Whether its figures agree is the audit's job.
/// </summary>
public sealed class SalesPlan
{
    private readonly Dictionary<string, TargetNode> _targets;
    private readonly Dictionary<string, List<TargetNode>> _children;
    private readonly IReadOnlyDictionary<string, SourceLocation> _factLocations;
    private readonly IReadOnlyDictionary<SourceLocation, string> _rowSources;
    private readonly Dictionary<string, NewProductFacts> _productFacts;

    /// <summary>Builds and structurally validates a plan.</summary>
    /// <param name="facts">Headline figures (facts.csv).</param>
    /// <param name="industries">Target industries.</param>
    /// <param name="regions">Sales regions.</param>
    /// <param name="targets">The target tree's nodes; its line rows are the business lines.</param>
    /// <param name="phasing">The four quarters.</param>
    /// <param name="people">The sales team; each person's role must be one of <paramref name="roles"/>.</param>
    /// <param name="assignments">Who is credited with which target.</param>
    /// <param name="channelPartners">Channel partners.</param>
    /// <param name="tradeShows">Trade shows.</param>
    /// <param name="leadSources">Lead sources other than trade shows.</param>
    /// <param name="incentives">Incentives.</param>
    /// <param name="budget">Budget lines.</param>
    /// <param name="replanRules">Re-plan rule steps.</param>
    /// <param name="customers">Existing customers.</param>
    /// <param name="factLocations">Where each fact was read, by key (default none).</param>
    /// <param name="roles">The team's roles (roles.csv); default <see cref="Role.BuiltIn"/>.</param>
    /// <param name="products">One row per new-product line (products.csv); default none.</param>
    /// <param name="rowSources">The <c>source</c> text of each row read, by where it was read (default none).</param>
    /// <exception cref="InputException">An id is duplicated, a reference does not resolve, the targets are not a tree, a line has no kind, there are fewer than 2 or more than 8 lines, or a new product lacks its facts.</exception>
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
        IReadOnlyDictionary<string, SourceLocation>? factLocations = null,
        IReadOnlyList<Role>? roles = null,
        IReadOnlyList<NewProductFacts>? products = null,
        IReadOnlyDictionary<SourceLocation, string>? rowSources = null)
    {
        _factLocations = factLocations ?? new Dictionary<string, SourceLocation>();
        _rowSources = rowSources ?? new Dictionary<SourceLocation, string>();
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
        Roles = roles ?? Role.BuiltIn;
        Products = products ?? [];

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
        Lines = BuildLines(targets);
        _productFacts = BuildProductFacts(Lines, Products, facts, _factLocations);

        CheckPhasing(Phasing);
        var roleIds = Unique(Roles, r => r.Id, r => r.Source, "role");
        foreach (var p in people)
        {
            if (!roleIds.Contains(p.Role.Id))
            {
                throw Error(p.Source, "role", $"unknown role \"{p.Role.Id}\"", "a role id from roles.csv (or, without roles.csv, one of " + string.Join(", ", Role.BuiltIn.Select(r => r.Id)) + ")");
            }

            if (p.Role.Kind == RoleKind.IndustryManager && p.IndustryId is null)
            {
                throw Error(p.Source, "industry", $"\"{p.Id}\" is an industry manager ({p.Role.NameEn}) with no industry", "the id of the industry the manager covers");
            }

            if (p.Role.Kind == RoleKind.RegionalManager && p.RegionId is null)
            {
                throw Error(p.Source, "region", $"\"{p.Id}\" is a regional manager ({p.Role.NameEn}) with no region", "the id of the region the manager covers");
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
        IReadOnlyList<Customer>? customers = null,
        IReadOnlyList<Role>? roles = null,
        IReadOnlyList<NewProductFacts>? products = null)
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
            _factLocations,
            roles ?? Roles,
            products ?? Products,
            _rowSources);

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

    /// <summary>The business lines (the target tree's line rows with their kinds), in targets.csv order; 2 to 8.</summary>
    public IReadOnlyList<BusinessLine> Lines { get; }

    /// <summary>The team's roles: roles.csv's rows, or <see cref="Role.BuiltIn"/> when the plan has none.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>The products.csv rows, in file order (empty when the plan has no products.csv).</summary>
    public IReadOnlyList<NewProductFacts> Products { get; }

    /// <summary>The facts of every new-product line, in line order (one entry per line of kind <see cref="LineKind.NewProduct"/>).</summary>
    public IReadOnlyList<NewProductFacts> NewProducts => [.. LinesOf(LineKind.NewProduct).Select(l => _productFacts[l.Id])];

    /// <summary>The <c>source</c> text of each row read, by where it was read (empty for a plan built in code).</summary>
    public IReadOnlyDictionary<SourceLocation, string> RowSources => _rowSources;

    /// <summary>The lines of <paramref name="kind"/>, in targets.csv order (none, one or several).</summary>
    public IReadOnlyList<BusinessLine> LinesOf(LineKind kind) => [.. Lines.Where(l => l.Kind == kind)];

    /// <summary>The line with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No business line has that id.</exception>
    public BusinessLine Line(string id)
        => Lines.FirstOrDefault(l => l.Id == id) ?? throw new KeyNotFoundException($"No business line \"{id}\" in the plan; its lines are {string.Join(", ", Lines.Select(l => l.Id))}.");

    /// <summary>The business line the node <paramref name="node"/> lies in (itself when it is a line), or null for the company node.</summary>
    public BusinessLine? LineOf(TargetNode node)
    {
        Preconditions.NotNull(node);
        var line = node.Level == TargetLevel.Line ? node : AncestorsOf(node).FirstOrDefault(a => a.Level == TargetLevel.Line);
        return line is null ? null : Lines.First(l => l.Id == line.Id);
    }

    /// <summary>
    /// The benchmark facts and margin uplift of the new-product line <paramref name="lineId"/>: its
    /// products.csv row, or the facts.csv keys when it is the plan's only new-product line and has no row.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The plan has no new-product line with that id.</exception>
    public NewProductFacts ProductFacts(string lineId)
        => _productFacts.TryGetValue(Preconditions.NotNull(lineId), out var facts)
            ? facts
            : throw new KeyNotFoundException($"No new-product line \"{lineId}\" in the plan; its new-product lines are {(LinesOf(LineKind.NewProduct).Count == 0 ? "none" : string.Join(", ", LinesOf(LineKind.NewProduct).Select(l => l.Id)))}.");

    /// <summary>The <c>source</c> text of the row read at <paramref name="location"/>, or null.</summary>
    public string? RowSource(SourceLocation location)
        => _rowSources.TryGetValue(Preconditions.NotNull(location), out var text) ? text : null;

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
            throw new InputException(targets.Count > 0 ? targets[0].Source with { Line = 0 } : new SourceLocation("targets.csv", 0), "level", "there is no company target", "exactly one row with level \"company\" and no parent");
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

    private static BusinessLine[] BuildLines(IReadOnlyList<TargetNode> targets)
    {
        var lines = new List<BusinessLine>();
        foreach (var node in targets.Where(t => t.Level == TargetLevel.Line))
        {
            var kind = node.Kind ?? BusinessLines.DefaultKind(node.Id)
                ?? throw Error(node.Source, "kind", $"the line \"{node.Id}\" has no kind", $"one of {string.Join(", ", BusinessLines.KindWords.Keys)} (only the ids {BusinessLines.Repurchase}, {BusinessLines.NewCustomers} and {BusinessLines.NewProduct} may leave it empty)");
            lines.Add(new BusinessLine(node, kind));
        }

        if (lines.Count is < BusinessLines.MinLines or > BusinessLines.MaxLines)
        {
            var file = targets.Count > 0 ? targets[0].Source with { Line = 0 } : new SourceLocation("targets.csv", 0);
            var at = lines.Count > BusinessLines.MaxLines ? lines[BusinessLines.MaxLines].Target.Source : file;
            throw Error(at, "level", $"the plan has {lines.Count} business line{(lines.Count == 1 ? string.Empty : "s")} ({(lines.Count == 0 ? "no row with level line" : string.Join(", ", lines.Select(l => l.Id)))})", $"{BusinessLines.MinLines} to {BusinessLines.MaxLines} rows with level \"line\"");
        }

        return [.. lines];
    }

    private static Dictionary<string, NewProductFacts> BuildProductFacts(IReadOnlyList<BusinessLine> lines, IReadOnlyList<NewProductFacts> products, PlanFacts facts, IReadOnlyDictionary<string, SourceLocation> factLocations)
    {
        var newProducts = lines.Where(l => l.Kind == LineKind.NewProduct).ToArray();
        var byLine = new Dictionary<string, NewProductFacts>(StringComparer.Ordinal);
        foreach (var row in products)
        {
            var line = lines.FirstOrDefault(l => l.Id == row.LineId);
            if (line is null || line.Kind != LineKind.NewProduct)
            {
                throw Error(row.Source, "line", line is null ? $"unknown line \"{row.LineId}\"" : $"\"{row.LineId}\" is a {BusinessLines.WordOf(line.Kind)} line, not a new product", newProducts.Length == 0 ? "no row: the plan has no line of kind new_product" : "the id of a line of kind new_product: " + string.Join(", ", newProducts.Select(l => l.Id)));
            }

            if (byLine.TryGetValue(row.LineId, out var first))
            {
                throw Error(row.Source, "line", $"the line \"{row.LineId}\" has a second row (first on line {first.Source.Line})", "one row per new-product line");
            }

            byLine[row.LineId] = row;
        }

        foreach (var line in newProducts.Where(l => !byLine.ContainsKey(l.Id)))
        {
            if (newProducts.Length > 1)
            {
                throw Error(line.Target.Source, "kind", $"the new-product line \"{line.Id}\" has no row in products.csv, and the plan has {newProducts.Length} new-product lines ({string.Join(", ", newProducts.Select(l => l.Id))})", "a products.csv row (line,margin_uplift,benchmark_prospects,benchmark_followers_min,benchmark_followers_max) for each new-product line when there are several");
            }

            var missing = new (string Key, bool Present)[]
            {
                ("new_product_margin_uplift", facts.NewProductMarginUplift is not null),
                ("benchmark_prospects", facts.BenchmarkProspects is not null),
                ("benchmark_followers_min", facts.BenchmarkFollowersMin is not null),
                ("benchmark_followers_max", facts.BenchmarkFollowersMax is not null),
            }.Where(k => !k.Present).Select(k => k.Key).ToArray();
            if (missing.Length > 0)
            {
                throw Error(line.Target.Source, "kind", $"the new-product line \"{line.Id}\" has no row in products.csv and facts.csv lacks {string.Join(", ", missing)}", "a products.csv row for the line, or the facts new_product_margin_uplift, benchmark_prospects, benchmark_followers_min and benchmark_followers_max");
            }

            var at = factLocations.TryGetValue("new_product_margin_uplift", out var location) ? location : SourceLocation.None;
            byLine[line.Id] = new NewProductFacts(line.Id, facts.NewProductMarginUplift!.Value, facts.BenchmarkProspects!.Value, facts.BenchmarkFollowersMin!.Value, facts.BenchmarkFollowersMax!.Value, null, at);
        }

        return byLine;
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
                var file = phasing.Count > 0 ? phasing[0].Source with { Line = 0 } : new SourceLocation("phasing.csv", 0);
                throw new InputException(file, "quarter", $"Q{q} is missing", "four rows, Q1 to Q4");
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
                throw Error(source(item), "id", $"duplicate {what} id \"{id(item)}\" (first on {(first.Sheet is null ? "line" : "row")} {first.Line})", "a unique id");
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
        => new(source, column, problem, expected);
}
