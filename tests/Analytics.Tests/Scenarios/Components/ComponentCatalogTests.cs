using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Scenarios.Components;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios.Components;

public class ComponentCatalogTests
{
    // One component of each kind in a scenario file.
    private const string OneOfEachKind = """
        { "scenario": "catalog", "target": 100, "streams": { "s": { "target": 100, "components": {
          "tier": { "model": "renewalTier", "customers": 10, "renewalProbability": 0.8, "orderValue": 5 },
          "pool": { "model": "orderPool", "count": { "dist": "poisson", "mean": 4 }, "orderValue": 2 },
          "funnel": { "model": "industryFunnel", "leads": 30, "winRate": { "dist": "beta", "a": 2, "b": 8 }, "orderValue": 3 },
          "cascade": { "model": "benchmarkCascade", "prospects": 2, "winProbability": 0.5, "benchmarkValue": 6, "followers": 3, "followerValue": 1 } } } } }
        """;

    [Fact]
    public void Kinds_TheFourComponentModels_InTheOrderMessagesListThem()
    {
        Assert.Equal(["renewalTier", "orderPool", "industryFunnel", "benchmarkCascade"], ComponentCatalog.Models);
        Assert.Equal([typeof(RenewalTier), typeof(OrderPool), typeof(IndustryFunnel), typeof(BenchmarkCascade)], ComponentCatalog.Kinds.Select(k => k.ComponentType));
        Assert.Equal(["leads", "winRate", "orderValue"], ComponentCatalog.Find("industryFunnel")!.Keys);
        Assert.Null(ComponentCatalog.Find("IndustryFunnel")); // names are case-sensitive, as in the file
    }

    [Fact]
    public void Kinds_EveryKindReadsTheScenarioFileItDocuments()
    {
        // One component of each kind in a scenario file: the loader takes the kind from the catalog.
        var components = ScenarioLoader.Parse(OneOfEachKind, "catalog.json").Streams[0].Components;
        Assert.Equal([typeof(RenewalTier), typeof(OrderPool), typeof(IndustryFunnel), typeof(BenchmarkCascade)], components.Select(c => c.GetType()));
        Assert.Equal(["s.tier", "s.pool", "s.funnel", "s.cascade"], components.Select(c => c.Name));
        // E = 10·0.8·5 + 4·2 + 30·0.2·3 + (2·0.5·6 + (1 − 0.5²)·3·1) = 40 + 8 + 18 + 8.25: followers come
        // only when at least one of the two benchmarks is won.
        Assert.Equal(74.25, components.Sum(c => c.ExpectedValue), 12);
    }

    [Fact]
    public void DrawsPerTrial_EveryKind_CountDrawsPlusOneValuePerExpectedOrderByItsKey()
    {
        var components = ScenarioLoader.Parse(OneOfEachKind, "catalog.json").Streams[0].Components;
        var draws = components.Select(c => ComponentCatalog.Of(c)!.DrawsPerTrial(c)).ToArray();
        // Binomial draw + 10·0.8 renewals; Poisson draw + 4 orders; leads and wins + 30·0.2 wins;
        // wins + 2·0.5 benchmarks, followers + 3 followers (an upper bound: they come only after a win).
        Assert.Equal([new ComponentDraws("customers", 9), new ComponentDraws("count", 5), new ComponentDraws("leads", 8), new ComponentDraws("prospects", 2), new ComponentDraws("followers", 4)], draws.SelectMany(d => d));
    }

    [Fact]
    public void Of_AComponent_ItsKindOrNullForOneBuiltInCode()
    {
        var funnel = new IndustryFunnel("f", new Poisson(10), ScalarInput.Fixed("f.winRate", 0.2), new Constant(1));
        Assert.Equal("industryFunnel", ComponentCatalog.Of(funnel)!.Model);
        Assert.Null(ComponentCatalog.Of(new OtherComponent()));
    }

    [Fact]
    public void Examples_EveryKind_SimulatesInOneStream()
    {
        var components = ComponentCatalog.Kinds.Select(k => k.Example("x." + k.Model)).ToArray();
        Assert.Equal(ComponentCatalog.Kinds.Select(k => k.ComponentType), components.Select(c => c.GetType()));
        var scenario = new Scenario("examples", null, 100, [new ScenarioStream("x", 100, null, components)], [], "h");
        var total = SimulationEngine.Run(new ScenarioModel(scenario), new SimulationOptions(20_000, seed: 2, threads: 1)).Output(Scenario.TotalOutput);
        var expected = components.Sum(c => c.ExpectedValue);
        Assert.InRange(total.Mean, expected - (4 * total.MeanStandardError), expected + (4 * total.MeanStandardError));
    }

    private sealed class OtherComponent : ITrialComponent
    {
        public string Name => "other";

        public double ExpectedValue => 0;

        public IReadOnlyList<ScalarInput> Inputs => [];

        public void AddBlock(BlockContext block, Span<double> totals)
        {
        }

        public ITrialComponent WithInput(ScalarInput input) => this;
    }
}
