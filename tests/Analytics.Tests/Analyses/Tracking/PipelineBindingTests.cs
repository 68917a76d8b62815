using Analytics.Analyses.Tracking;
using Analytics.Common;
using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Analyses.Tracking;

public class PipelineBindingTests
{
    private const string Header = "kind,month,industry,tier,line,component,leads,wins,due,renewed,outcome\n";

    [Fact]
    public void Evidence_ShippedFacts_AddedUpPerInputThroughTheMonth()
    {
        var binding = PipelineBinding.Bind(TrackingFixtures.Match, YearRecords.ShippedPipeline, 6);
        var facts = YearRecords.ShippedPipeline;
        var evidence = binding.Evidence(3, [0.0, 0.0, 0.0]);
        var direct = evidence.Rates.Single(r => r.Input == "newCustomers.3c.winRate");
        var rows = facts.Leads.Where(l => l.Industry == "3c" && l.Component is null && l.Month <= 3).ToArray();
        Assert.Equal((rows.Sum(l => l.Wins), rows.Sum(l => l.Leads - l.Wins)), (direct.Successes, direct.Failures));
        Assert.Contains(evidence.Rates, r => r.Input == "newCustomers.3cPartners.winRate");
        var tierA = binding.Evidence(6, [0.0, 0.0, 0.0]).Rates.Single(r => r.Input == "repurchase.tierA.renewalProbability");
        Assert.Equal(facts.Renewals.Where(r => r.Tier == CustomerTier.A).Sum(r => r.Due), tierA.Trials);
        Assert.Empty(binding.Evidence(0, [0.0, 0.0, 0.0]).Rates);
    }

    [Fact]
    public void Bind_BenchmarksWonAndLost_CountEvidenceOfTheCascade()
    {
        var facts = YearRecords.Pipeline(Header + "benchmark,2026-04,,,new_product,,,,,,won\nbenchmark,2026-05,,,new_product,,,,,,lost\n");
        var binding = PipelineBinding.Bind(TrackingFixtures.Match, facts, 6);
        var count = Assert.Single(binding.Evidence(6, [0.0, 0.0, 0.0]).Counts);
        Assert.Equal(("newProduct.benchmarks", 3, 1, 1), (count.Component, count.Chances, count.Won, count.Lost));
        Assert.Equal(0, Assert.Single(binding.Evidence(4, [0.0, 0.0, 0.0]).Counts).Lost);
    }

    [Theory]
    [InlineData("leads_wins,2026-02,3c,,,robots,10,1,,,\n", 2, "column component: the scenario \"plc-2026\" has no industry funnel named \"robots\" (its industry funnels: 3c, lithium, packaging, 3cPartners, lithiumPartners, packagingPartners)")]
    [InlineData("renewals,2026-02,,A,,tierZ,,,3,1,\n", 2, "has no renewal tier named \"tierZ\"")]
    [InlineData("leads_wins,2026-07,3c,,,,10,1,,,\n", 2, "the fact is for 2026-07, after the last month of actuals (2026-06)")]
    [InlineData("benchmark,2026-02,,,repurchase,,,,,,won\n", 2, "0 benchmark cascades in the stream repurchase")]
    [InlineData("benchmark,2026-02,,,new_product,,,,,,won\nbenchmark,2026-03,,,new_product,,,,,,lost\nbenchmark,2026-04,,,new_product,,,,,,lost\nbenchmark,2026-05,,,new_product,,,,,,won\n", 5, "benchmark account number 4 of the line new_product decided this year, but the scenario's newProduct.benchmarks has 3 prospects")]
    public void Bind_FactTheScenarioCannotPlace_ErrorAtItsRow(string rows, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => PipelineBinding.Bind(TrackingFixtures.Match, YearRecords.Pipeline(Header + rows), 6));
        Assert.Equal(("pipeline.csv", line), (e.File, e.Line));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
