using Analytics.Common;
using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Components;

/// <summary>
/// Every kind of component a scenario's streams are built from, one <see cref="ComponentKind"/>
/// each: its "model" name and keys, its reader, its movable means and probability weights (goal
/// seek's levers), its expected draws per trial (the run limits) and its warm-up example. The scenario loader, the levers and the command line's
/// warm-up read the kinds from here and name none themselves.
/// </summary>
/// <remarks>
/// A new component kind touches: its model class (an <see cref="ITrialComponent"/> in the folder
/// of its business model, e.g. Funnel/), one descriptor in <see cref="Kinds"/> below, the scenario
/// format's documentation (data/scenarios/README.md), and their tests (the model's at its mirrored
/// path; ComponentCatalogTests checks every descriptor reads, moves and warms up). The loader,
/// the levers (Analyses/GoalSeek/Levers) and the warm-up (Cli/Commands/SimulationWarmUp) need no change.
/// </remarks>
public static class ComponentCatalog
{
    /// <summary>The kinds, in the order messages list them.</summary>
    public static IReadOnlyList<ComponentKind> Kinds { get; } =
    [
        ComponentKind.Of<RenewalTier>(
            "renewalTier",
            ["customers", "renewalProbability", "orderValue"],
            f => new RenewalTier(f.Path, f.WholeNumber("customers", "customers due for renewal, a whole number >= 0"), f.Probability("renewalProbability"), f.Value("orderValue")),
            r => [ComponentKind.Mean<RenewalTier>("orderValue", r.OrderValue, (c, d) => new RenewalTier(c.Name, c.Customers, c.RenewalProbability, d))],
            (r, input) => r.RenewalProbability.Name == input ? r.Customers : 0,
            name => new RenewalTier(name, 20, ScalarInput.Fixed(name + ".renewalProbability", 0.8), LogNormal.FromMeanCv(10, 0.5)),
            r => [new("customers", 1 + (r.Customers * r.RenewalProbability.Distribution.Mean))],
            rate: r => r.RenewalProbability),
        ComponentKind.Of<OrderPool>(
            "orderPool",
            ["count", "orderValue"],
            f => new OrderPool(f.Path, f.Count("count"), f.Value("orderValue")),
            p =>
            [
                ComponentKind.Mean<OrderPool>("count", p.Count, (c, d) => new OrderPool(c.Name, (CountDistribution)d, c.OrderValue)),
                ComponentKind.Mean<OrderPool>("orderValue", p.OrderValue, (c, d) => new OrderPool(c.Name, c.Count, d)),
            ],
            (_, _) => 0,
            name => new OrderPool(name, new Poisson(30), LogNormal.FromMeanCv(10, 0.5)),
            p => [new("count", 1 + p.Count.Mean)]),
        ComponentKind.Of<IndustryFunnel>(
            "industryFunnel",
            ["leads", "winRate", "orderValue"],
            f => new IndustryFunnel(f.Path, f.Count("leads"), f.Probability("winRate"), f.Value("orderValue")),
            f =>
            [
                ComponentKind.Mean<IndustryFunnel>("leads", f.Leads, (c, d) => new IndustryFunnel(c.Name, (CountDistribution)d, c.WinRate, c.OrderValue)),
                ComponentKind.Mean<IndustryFunnel>("orderValue", f.OrderValue, (c, d) => new IndustryFunnel(c.Name, c.Leads, c.WinRate, d)),
            ],
            (f, input) => f.WinRate.Name == input ? f.Leads.Mean : 0,
            name => new IndustryFunnel(name, new Poisson(120), new ScalarInput(name + ".winRate", new Beta(15, 85)), LogNormal.FromMeanCv(10, 0.5)),
            f => [new("leads", 2 + (f.Leads.Mean * f.WinRate.Distribution.Mean))],
            rate: f => f.WinRate),
        ComponentKind.Of<BenchmarkCascade>(
            "benchmarkCascade",
            ["prospects", "winProbability", "benchmarkValue", "followers", "followerValue"],
            f => new BenchmarkCascade(f.Path, f.WholeNumber("prospects", "benchmark prospects, a whole number >= 0"), f.Probability("winProbability"), f.Value("benchmarkValue"), f.Count("followers"), f.Value("followerValue")),
            b =>
            [
                ComponentKind.Mean<BenchmarkCascade>("benchmarkValue", b.BenchmarkValue, (c, d) => new BenchmarkCascade(c.Name, c.Prospects, c.WinProbability, d, c.Followers, c.FollowerValue)),
                ComponentKind.Mean<BenchmarkCascade>("followerValue", b.FollowerValue, (c, d) => new BenchmarkCascade(c.Name, c.Prospects, c.WinProbability, c.BenchmarkValue, c.Followers, d)),
            ],
            (b, input) => b.WinProbability.Name == input ? b.Prospects : 0,
            name => new BenchmarkCascade(name, 3, ScalarInput.Fixed(name + ".winProbability", 0.35), LogNormal.FromMeanCv(10, 0.5), new DiscreteUniform(5, 8), LogNormal.FromMeanCv(10, 0.5)),
            b => [new("prospects", 1 + (b.Prospects * b.WinProbability.Distribution.Mean)), new("followers", 1 + b.Followers.Mean)],
            rate: b => b.WinProbability,
            count: b => new ObservableCount(b.Prospects, b.SampleWins)),
    ];

    /// <summary>The "model" names, in the order of <see cref="Kinds"/>.</summary>
    public static IReadOnlyList<string> Models { get; } = [.. Kinds.Select(k => k.Model)];

    /// <summary>The kind whose "model" is <paramref name="model"/>, or null.</summary>
    public static ComponentKind? Find(string model)
        => Kinds.FirstOrDefault(k => string.Equals(k.Model, Preconditions.NotNull(model), StringComparison.Ordinal));

    /// <summary>The kind of <paramref name="component"/>, or null for a component the catalog does not know (one built in code).</summary>
    public static ComponentKind? Of(ITrialComponent component)
        => Kinds.FirstOrDefault(k => k.ComponentType == Preconditions.NotNull(component).GetType());
}
