using Analytics.Decomposition;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Funnel;
using Analytics.Repurchase;
using Analytics.Scenarios.Drafting;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;
using CsCheck;

namespace Analytics.Tests.Scenarios.Drafting;

public class ScenarioDrafterTests
{
    private static readonly Lazy<ScenarioDraft> Shipped = new(() => ScenarioDrafter.Draft(Plans.Shipped, "plc-2026"));

    private static Scenario Load(ScenarioDraft draft) => ScenarioLoader.Parse(draft.Text, "draft.json");

    [Fact]
    public void Draft_ShippedPlan_ModelsThePlanWithoutErrors()
    {
        var scenario = Load(Shipped.Value);
        var match = ScenarioPlanMatch.Check(scenario, PlanDecomposer.Decompose(Plans.Shipped), "draft.json");

        Assert.Equal(5000, scenario.Target);
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], scenario.Streams.Select(s => s.Name));
        Assert.Equal([1800.0, 2200, 1000], scenario.Streams.Select(s => s.Target));
        Assert.Empty(match.Warnings);
    }

    [Fact]
    public void Draft_ShippedPlan_TiersAreTheDueCustomers()
    {
        var tiers = Load(Shipped.Value).Streams.Single(s => s.Name == "repurchase").Components.OfType<RenewalTier>().ToArray();

        // customers.csv: 20 / 25 / 15 customers of tiers A / B / C are due in 2026 (install year + cycle), the seed's 60.
        Assert.Equal([20, 25, 15], tiers.Select(t => t.Customers));
        Assert.Equal(Plans.Shipped.Facts.RenewalDueCustomers, tiers.Sum(t => t.Customers));
    }

    [Fact]
    public void Draft_ShippedPlan_FunnelsSplitTheStatedLeadsSixtyForty()
    {
        var funnels = Load(Shipped.Value).Streams.Single(s => s.Name == "newCustomers").Components.OfType<IndustryFunnel>().ToDictionary(f => f.Name);

        // 3C: 50 fair leads + 50 integrators + 20 referrals = 120; partners carry 40% (facts.csv channel_share_of_new_customers).
        Assert.Equal(72, funnels["newCustomers.3c"].Leads.Mean, 9);
        Assert.Equal(48, funnels["newCustomers.3cPartners"].Leads.Mean, 9);

        // The win rate the 3C target needs: 800 / (120 leads x 45 萬元) = 0.1481.
        Assert.Equal(800.0 / (120 * 45), funnels["newCustomers.3c"].WinRate.Distribution.Mean, 5);
    }

    [Fact]
    public void Draft_ShippedPlan_EveryDefaultIsALabelledAssumptionTheReportReads()
    {
        var draft = Shipped.Value;
        var notes = ScenarioNotes.Read(Load(draft), draft.Text);

        Assert.Equal(draft.Assumptions.Select(a => a.Id), notes.Assumptions.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(1, draft.Assumptions.Count).Select(i => $"D{i}"), draft.Assumptions.Select(a => a.Id));
        Assert.All(draft.Assumptions, a => Assert.Contains($"//  {a.Id}  ", draft.Text, StringComparison.Ordinal));
        Assert.True(ScenarioDraft.IsDrafted(draft.Text));
        Assert.False(ScenarioDraft.IsDrafted(File.ReadAllText(ScenarioRuns.PlcPath)));
    }

    [Fact]
    public void Draft_ShippedPlan_EveryAssumptionAndTheDescriptionInBothLanguagesReadBackAsWritten()
    {
        var draft = Shipped.Value;
        var scenario = Load(draft);
        var notes = ScenarioNotes.Read(scenario, draft.Text);

        // Wrapped into the header (Chinese broken between characters) and joined again by the reader: the same texts.
        Assert.Equal(draft.Assumptions.Select(a => (a.Text.Zh, a.Text.En)), notes.Assumptions.Select(a => (a.Text.Zh, a.Text.En)));
        // No English sentence in the Chinese text (a command in backticks is a name, the same in both).
        Assert.All(draft.Assumptions, a => Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", System.Text.RegularExpressions.Regex.Replace(a.Text.Zh, "`[^`]*`", string.Empty)));
        Assert.All(draft.Assumptions, a => Assert.DoesNotMatch(@"[\u4e00-\u9fff]", a.Text.En));
        Assert.StartsWith("計劃所說的市場增長（15%-20%，facts.csv）本身並不確定", notes.Assumptions[0].Text.Zh, StringComparison.Ordinal);
        Assert.Equal(("由計劃本身的數據起草（3 條業務線）；每個預設假設都在檔案開頭標為 D1、D2……", "Drafted from the plan's own data (3 business lines); every default is labelled D1, D2, ... in the header."), (scenario.Description!.Zh, scenario.Description.En));
        Assert.True(notes.IsBilingual);
    }

    [Fact]
    public void Draft_ShippedPlan_CitesThePlanRows()
    {
        var text = Shipped.Value.Text;

        Assert.Contains("\"target\": 5000,  // targets.csv:2", text, StringComparison.Ordinal);
        Assert.Contains("\"threshold\": 0.8,  // replan_rules.csv:2", text, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 80,  // budget.csv:2", text, StringComparison.Ordinal);
        Assert.Contains("phasing.csv rows 2-5", text, StringComparison.Ordinal);
        Assert.Contains("\"quarters\": [0.18, 0.24, 0.3, 0.28]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ShippedPlan_SimulatesToTheExpectationsDerivedByHand()
    {
        var result = SimulationEngine.Run(new ScenarioModel(Load(Shipped.Value)), new SimulationOptions(20_000, seed: 3, threads: 2));

        // Repurchase: renewals 20x0.8x30 + 25x0.6x18 + 15x0.4x10 = 810, plus a pool of 99 orders of 10: 1800
        // (the market factor has mean 1 and multiplies independently).
        var repurchase = result.Output("repurchase");
        Assert.InRange(repurchase.Mean, 1800 - (4 * repurchase.MeanStandardError), 1800 + (4 * repurchase.MeanStandardError));

        // New product: V = 1000 / (3x0.35 + (1 - 0.65^3) x 6.5) = 173.462; with p ~ Beta(7, 13),
        // E[(1-p)^3] = (13x14x15)/(20x21x22) = 0.29545, so E = V (1.05 + 0.70455 x 6.5) = 976.5.
        var value = 1000 / ((3 * 0.35) + ((1 - Math.Pow(0.65, 3)) * 6.5));
        var expected = value * (1.05 + ((1 - (13.0 * 14 * 15 / (20 * 21 * 22))) * 6.5));
        var product = result.Output("newProduct");
        Assert.InRange(product.Mean, expected - (4 * product.MeanStandardError), expected + (4 * product.MeanStandardError));
    }

    [Fact]
    public void StreamName_LineIds_CamelCase()
    {
        Assert.Equal("newCustomers", ScenarioDrafter.StreamName("new_customers"));
        Assert.Equal("spareParts2", ScenarioDrafter.StreamName("spare-parts_2"));
        Assert.True(ScenarioPlanMatch.Names(ScenarioDrafter.StreamName("new_customers"), "new_customers"));
    }

    [Fact]
    public void Draft_AnyGeneratedPlan_LoadsMatchesAndSimulates()
    {
        var plans = Gen.Select(Gen.Int[2, 8], Gen.Int[1, 4], Gen.Int[1, 4], Gen.Int[0, 6], Gen.Int[0, 10_000])
            .SelectMany(p => Gen.Select(Gen.Int[0, 3].Array[p.Item1], Gen.Int[1, 9].Array[p.Item1]), (p, k) => (Kinds: k.Item1, Weights: k.Item2, Industries: p.Item2, Regions: p.Item3, People: p.Item4, Salt: p.Item5));
        plans.Sample(
            p =>
            {
                using var folder = GeneratedPlans.Write(p.Kinds, p.Weights, p.Industries, p.Regions, p.People, p.Salt);
                var plan = PlanLoader.Load(folder.Path);
                var draft = ScenarioDrafter.Draft(plan, "generated");
                var scenario = ScenarioLoader.Parse(draft.Text, "generated.json");
                ScenarioPlanMatch.Check(scenario, PlanDecomposer.Decompose(plan), "generated.json");
                var result = SimulationEngine.Run(new ScenarioModel(scenario), new SimulationOptions(1024, seed: 1, threads: 1));
                Assert.Equal(plan.Lines.Count, scenario.Streams.Count);
                Assert.True(double.IsFinite(result.Output("total").Mean));
                Assert.Equal(draft.Assumptions.Select(a => a.Id), ScenarioNotes.Read(scenario, draft.Text).Assumptions.Select(a => a.Id));
            },
            iter: 25);
    }
}
