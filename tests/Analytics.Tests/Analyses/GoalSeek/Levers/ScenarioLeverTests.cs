using Analytics.Analyses.GoalSeek.Levers;
using Analytics.Funnel;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.GoalSeek.Levers;

public class ScenarioLeverTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(ScenarioFiles.Plc);

    private static double WeightedWinRate(Scenario s)
    {
        var funnels = s.Streams.Single(x => x.Name == "newCustomers").Components.Cast<IndustryFunnel>().ToArray();
        return funnels.Sum(f => f.Leads.Mean * f.WinRate.Distribution.Mean) / funnels.Sum(f => f.Leads.Mean);
    }

    [Fact]
    public void Parse_WinRateGroup_BaselineIsTheLeadWeightedMean()
    {
        // (72·0.15 + 36·0.12 + 54·0.20 + 48·0.15 + 24·0.12 + 36·0.20) / 270 = 43.2 / 270 = 0.16.
        var lever = ScenarioLever.Parse(Plc, "newCustomers.*.winRate");
        Assert.Equal(6, lever.Targets.Count);
        Assert.Equal(0.16, lever.Baseline, 1e-9);
        Assert.Equal(0.04, lever.Minimum, 1e-9);
        Assert.Equal(0.79, lever.Maximum, 1e-9); // three quarters of the way from 0.16 to 1, as ScenarioGoalSeek documents
    }

    [Fact]
    public void Apply_WinRateGroup_ReachesTheMeanAndKeepsTheOrderOfRates()
    {
        var lever = ScenarioLever.Parse(Plc, "newCustomers.*.winRate");
        var moved = lever.Apply(Plc, 0.25);
        Assert.Equal(0.25, WeightedWinRate(moved), 1e-6);
        var before = Plc.Inputs.Where(i => i.Name.EndsWith("winRate", StringComparison.Ordinal)).Select(i => i.Distribution.Mean).ToArray();
        var after = moved.Inputs.Where(i => i.Name.EndsWith("winRate", StringComparison.Ordinal)).Select(i => i.Distribution.Mean).ToArray();
        Assert.All(before.Zip(after), p => Assert.True(p.Second > p.First));
        Assert.Equal(Plc.Input("market").Distribution, moved.Input("market").Distribution); // nothing else moves
        Assert.Throws<ArgumentOutOfRangeException>(() => lever.Apply(Plc, 1));
    }

    [Fact]
    public void Apply_LeadsMean_ReplacesThePoissonMean()
    {
        var lever = ScenarioLever.Parse(Plc, "newCustomers.3c.leads.mean");
        Assert.Equal(72, lever.Baseline);
        var moved = lever.Apply(Plc, 100);
        var funnel = (IndustryFunnel)moved.Streams[1].Components[0];
        Assert.Equal(100, Assert.IsType<Poisson>(funnel.Leads).Lambda, 1e-9);
        Assert.Same(((IndustryFunnel)Plc.Streams[1].Components[0]).WinRate, funnel.WinRate);
    }

    [Fact]
    public void Apply_AllLeads_ScalesTheSumInProportion()
    {
        var lever = ScenarioLever.Parse(Plc, "newCustomers.*.leads.mean");
        Assert.Equal(270, lever.Baseline, 1e-9);
        var moved = lever.Apply(Plc, 540);
        Assert.Equal([144.0, 72, 108, 96, 48, 72], moved.Streams[1].Components.Cast<IndustryFunnel>().Select(f => Math.Round(f.Leads.Mean, 9)));
    }

    [Fact]
    public void Apply_MarketAndOrderValue_ScaleTheMeans()
    {
        var market = ScenarioLever.Parse(Plc, "market");
        Assert.Equal(1, market.Baseline, 1e-9);
        Assert.Equal(1.2, market.Apply(Plc, 1.2).Input("market").Distribution.Mean, 1e-6);
        var value = ScenarioLever.Parse(Plc, "newProduct.benchmarks.followerValue.mean");
        Assert.Equal(110, value.Baseline, 1e-9);
        var cascade = (Analytics.NewProduct.BenchmarkCascade)value.Apply(Plc, 132).Streams[2].Components[0];
        Assert.Equal(132, cascade.FollowerValue.Mean, 1e-9);
        Assert.Equal(0.55, ((LogNormal)cascade.FollowerValue).CoefficientOfVariation, 1e-12);
    }

    [Fact]
    public void Apply_InputWithMeanNotOne_ScalesByValueOverMean()
    {
        // A market factor with mean 2: setting the lever to 3 must scale the draws by 3 / 2, so the
        // mean is 3 (a factor of 3 would give 6) and the cv (scale-free) is unchanged.
        var doubled = Plc.WithInput(new("market", LogNormal.FromMeanCv(2, 0.15)));
        var lever = ScenarioLever.Parse(doubled, "market");
        Assert.Equal(2, lever.Baseline, 1e-9);
        var moved = Assert.IsType<TransformedDistribution>(lever.Apply(doubled, 3).Input("market").Distribution);
        Assert.Equal(1.5, moved.Parameter, 1e-12);
        Assert.Equal(3, moved.Mean, 1e-6);
        Assert.Equal(0.15, Math.Sqrt(moved.Variance) / moved.Mean, 1e-6);
    }

    [Fact]
    public void Parse_UnknownPath_ListsWhatCanBeMoved()
    {
        var e = Assert.Throws<ArgumentException>(() => ScenarioLever.Parse(Plc, "newCustomers.3c.lead.mean"));
        Assert.Contains("newCustomers.3c.leads.mean", e.Message, StringComparison.Ordinal);
        Assert.Contains("newCustomers.3c.winRate", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScenarioLever.Parse(Plc, "newCustomers.*.orderValue.mean"));
    }
}
