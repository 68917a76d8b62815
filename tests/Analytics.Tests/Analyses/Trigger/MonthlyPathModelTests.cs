using Analytics.Analyses.Trigger;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Trigger;

public class MonthlyPathModelTests
{
    [Fact]
    public void Simulate_PlcScenario_MonthsAddUpToTheYearAndFollowThePlanOnAverage()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var run = SimulationEngine.Run(new MonthlyPathModel(scenario), new SimulationOptions(8000, seed: 2, threads: 2));
        foreach (var stream in scenario.Streams)
        {
            var annual = run.Samples(stream.Name).ToArray();
            var months = Enumerable.Range(1, 12).Select(m => run.Samples(MonthlyPathModel.MonthOutput(stream.Name, m)).ToArray()).ToArray();
            for (var t = 0; t < annual.Length; t++)
            {
                Assert.Equal(annual[t], months.Sum(m => m[t]), Math.Max(1e-9, 1e-12 * annual[t]));
            }

            if (stream.Name == "repurchase")
            {
                // Dirichlet weights average the plan's shares: E[month 1 / year] = 0.06 (sd 0.037 per trial; SE 0.0004).
                var share = Enumerable.Range(0, annual.Length).Where(t => annual[t] > 0).Average(t => months[0][t] / annual[t]);
                Assert.Equal(0.06, share, 0.002);
            }
        }

        // The new product's first benchmark comes in April at the earliest.
        for (var m = 1; m <= 3; m++)
        {
            Assert.All(run.Samples(MonthlyPathModel.MonthOutput("newProduct", m)).ToArray(), v => Assert.Equal(0, v));
        }
    }

    [Fact]
    public void Simulate_SameSeed_TimingUnchangedByARevenueInput()
    {
        // Timing streams are keyed by the stream, not by revenue: a new benchmark rate leaves repurchase's months alone.
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var input = scenario.Input("newProduct.benchmarks.winProbability");
        var other = scenario.WithInput(input.FixedAt(0.9));
        var options = new SimulationOptions(2000, seed: 4);
        var a = SimulationEngine.Run(new MonthlyPathModel(scenario), options);
        var b = SimulationEngine.Run(new MonthlyPathModel(other), options);
        Assert.Equal(a.Samples(MonthlyPathModel.MonthOutput("repurchase", 7)).ToArray(), b.Samples(MonthlyPathModel.MonthOutput("repurchase", 7)).ToArray());
    }

    [Fact]
    public void MonthOutput_BadMonth_Throws() => Assert.ThrowsAny<ArgumentException>(() => MonthlyPathModel.MonthOutput("s", 13));

    [Fact]
    public void Simulate_RecordFirstMonths_TheMonthBeforeWhichNothingBooks()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var options = new SimulationOptions(4096, seed: 6, threads: 2);
        var run = SimulationEngine.Run(new MonthlyPathModel(scenario, recordFirstMonths: true), options);
        var first = run.Samples(MonthlyPathModel.FirstMonthOutput("newProduct")).ToArray();
        Assert.All(first, f => Assert.InRange(f, 4, 9));
        for (var t = 0; t < first.Length; t++)
        {
            var before = Enumerable.Range(1, (int)first[t] - 1).Sum(m => run.Samples(MonthlyPathModel.MonthOutput("newProduct", m)).Span[t]);
            Assert.Equal(0, before);
        }

        // The other outputs are those of the model without the record.
        var plain = SimulationEngine.Run(new MonthlyPathModel(scenario), options);
        Assert.Equal(plain.Samples(MonthlyPathModel.MonthOutput("repurchase", 3)).ToArray(), run.Samples(MonthlyPathModel.MonthOutput("repurchase", 3)).ToArray());
        Assert.Equal(plain.Outputs.Count + 3, run.Outputs.Count);
    }

    [Fact]
    public void MeanWeights_FromApril_PlanSharesRenormalised()
    {
        // Plan shares 18/24/30/28% by quarter: from April the remaining 82% is renormalised, 8/82 a month in Q2.
        var shares = PhasingSpec.FromQuarters([0.18, 0.24, 0.30, 0.28]);
        var weights = new double[12];
        MonthlyPathModel.MeanWeights(shares, 4, weights);
        Assert.Equal([0.0, 0, 0], weights.Take(3));
        Assert.Equal(0.08 / 0.82, weights[3], 1e-12);
        Assert.Equal(1, weights.Sum(), 1e-12);
        Assert.Throws<ArgumentException>(() => MonthlyPathModel.MeanWeights(shares, 1, new double[11]));
        Assert.ThrowsAny<ArgumentException>(() => MonthlyPathModel.MeanWeights(shares, 13, weights));
    }
}
