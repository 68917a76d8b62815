using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>
/// The plan decomposed: the allocated target tree, the year phased by quarter and month, and the
/// targets of each person. Every split adds up to its parent exactly.
/// </summary>
public sealed class PlanDecomposition
{
    private readonly Dictionary<string, AllocatedTarget> _byId;

    internal PlanDecomposition(SalesPlan plan, AllocatedTarget root, PeriodAllocation year, IReadOnlyList<PersonalTarget> people)
    {
        Plan = plan;
        Root = root;
        Year = year;
        People = people;
        _byId = root.Descendants().ToDictionary(t => t.Node.Id, StringComparer.Ordinal);
    }

    /// <summary>The plan decomposed.</summary>
    public SalesPlan Plan { get; }

    /// <summary>The company target with everything below it.</summary>
    public AllocatedTarget Root { get; }

    /// <summary>The company target phased over quarters and months.</summary>
    public PeriodAllocation Year { get; }

    /// <summary>Each person's target, in people.csv order.</summary>
    public IReadOnlyList<PersonalTarget> People { get; }

    /// <summary>The sum of all personal targets, 萬元.</summary>
    public decimal PersonalTotal => People.Sum(p => p.Total);

    /// <summary>
    /// Sum of personal targets / company target. Above 1 because of overlays (the director on the
    /// whole, regional managers on industries' regional targets, channel specialists on partners):
    /// the plan pays bonuses on more than it expects to sell.
    /// </summary>
    public decimal OverAssignmentRatio => Root.Amount == 0 ? 0 : PersonalTotal / Root.Amount;

    /// <summary>The sum of owner credit over all people, 萬元 (equals the company target when every leaf has one owner).</summary>
    public decimal OwnerTotal => People.Sum(p => p.OwnerTotal);

    /// <summary>The allocated node with <paramref name="id"/>.</summary>
    public AllocatedTarget this[string id] => _byId.TryGetValue(id, out var t) ? t : throw new KeyNotFoundException($"No target \"{id}\" in the decomposition.");

    /// <summary>The company target's three monthly amounts in quarter <paramref name="quarter"/> (1-4), 萬元 (Q4: October, November, December).</summary>
    public IReadOnlyList<decimal> MonthsOf(int quarter) => Year.MonthsOf(quarter);

    /// <summary>The allocated amount of the node with <paramref name="id"/>, 萬元.</summary>
    public decimal AmountOf(string id) => this[id].Amount;

    /// <summary>Sum of personal targets by role, 萬元: one entry per role someone holds, in the plan's role order (roles.csv, or the built-in roles).</summary>
    public IReadOnlyList<RoleTotal> TotalsByRole()
        => [.. Plan.Roles
            .Select(r => (Role: r, Holders: People.Where(p => p.Person.Role.Id == r.Id).ToArray()))
            .Where(x => x.Holders.Length > 0)
            .Select(x => new RoleTotal(x.Role, x.Holders.Length, x.Holders.Sum(p => p.Total)))];
}
