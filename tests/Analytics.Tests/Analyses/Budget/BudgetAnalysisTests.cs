using Analytics.Analyses.Budget;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Budget;

public class BudgetAnalysisTests
{
    [Fact]
    public void Run_ConstantRevenue_AttributedShareOverTheAmountExactly()
    {
        // 10 orders of 5 = 50 in every trial; a line of 10 buying half of it brings 25, 2.5 per 萬元.
        var text = ScenarioFiles.Minimal().TrimEnd().TrimEnd('}') + ",\n  \"budget\": { \"fairs\": { \"amount\": 10, \"buys\": [ { \"source\": \"s.c\", \"share\": 0.5 } ] }, \"reserve\": { \"amount\": 4, \"note\": \"kept back\" } }\n}\n";
        var result = BudgetAnalysis.Run(ScenarioLoader.Parse(text, "t.json"), new SimulationOptions(200, seed: 1));
        var fairs = result.Lines[0];
        Assert.Equal(25, fairs.Revenue!.Value, 12);
        Assert.Equal(2.5, fairs.PerUnit!.Value, 12);
        Assert.Equal((2.5, 2.5), (fairs.PerUnitP10!.Value, fairs.PerUnitP90!.Value));
        Assert.Null(result.Lines[1].Revenue);
        Assert.Equal("kept back", result.Lines[1].Note);
        Assert.Equal(14, result.Total);
    }

    // The PLC file's six new-customer funnels (leads λ, win rate Beta(a, b), order value mean v, cv 0.85),
    // in the order 3c, lithium, packaging, 3cPartners, lithiumPartners, packagingPartners.
    private static readonly (double Leads, double A, double B, double Value)[] Funnels =
        [(72, 15, 85, 45), (36, 12, 88, 100), (54, 20, 80, 40), (48, 3.75, 21.25, 45), (24, 3, 22, 100), (36, 5, 20, 40)];

    // Mean and variance of M · Σ c_k S_k in closed form, with the win rates independent of the market
    // M (lognormal, mean 1, cv 0.15). Given the win rate p, a funnel's wins are Poisson(λp) (Poisson
    // thinning), so S_k is compound Poisson: E = λ E[p] v, Var = λ E[p] v²(1 + cv²) + λ² v² Var p.
    // Then Var(M L) = E[M²](Var L + (E L)²) − (E L)² with E[M²] = 1 + 0.15².
    private static (double Mean, double Variance) Line(double[] shares)
    {
        double mean = 0, variance = 0;
        for (var k = 0; k < Funnels.Length; k++)
        {
            var (l, a, b, v) = Funnels[k];
            var p = a / (a + b);
            var varP = a * b / ((a + b) * (a + b) * (a + b + 1));
            mean += shares[k] * l * p * v;
            variance += shares[k] * shares[k] * ((l * p * v * v * (1 + (0.85 * 0.85))) + (l * l * v * v * varP));
        }

        return (mean, ((1 + (0.15 * 0.15)) * (variance + (mean * mean))) - (mean * mean));
    }

    [Fact]
    public void Run_PlcWithoutCorrelations_LinesMatchTheirClosedFormMeans()
    {
        // Without the market-win-rate correlations every line's mean has a closed form: referral
        // rewards buy 0.1667 of each funnel, Σ λ p v = 486 + 432 + 432 + 324 + 288 + 288 = 2250, so
        // 375.075 (7.5015 per 萬元); trade shows buy 0.4167/0.8333/0.5556 of each industry's pair,
        // 1337.535 (16.719 per 萬元). Their Monte Carlo SEs at 20,000 trials are 0.79 and 3.1: the
        // estimates must lie within 4 of them (a 6e-5 chance each of failing by noise alone).
        const int n = 20_000;
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc) with { Correlations = [] };
        var result = BudgetAnalysis.Run(scenario, new SimulationOptions(n, seed: 2, threads: 2));
        Assert.Equal(250, result.Total);
        foreach (var (id, amount, shares) in new[]
        {
            ("newCustomerRewards", 50.0, new[] { 0.1667, 0.1667, 0.1667, 0.1667, 0.1667, 0.1667 }),
            ("tradeShows", 80.0, new[] { 0.4167, 0.8333, 0.5556, 0.4167, 0.8333, 0.5556 }),
            ("channelRebates", 60.0, new[] { 0.0, 0, 0, 1, 1, 1 }),
        })
        {
            var (mean, variance) = Line(shares);
            var se = Math.Sqrt(variance / n);
            var line = result.Lines.Single(l => l.Id == id);
            Assert.InRange(line.Revenue!.Value, mean - (4 * se), mean + (4 * se));
            Assert.InRange(line.PerUnit!.Value, (mean - (4 * se)) / amount, (mean + (4 * se)) / amount);
            // The reported SE estimates the same sd/√n; the sample sd of 20,000 such draws is within a few percent.
            Assert.InRange(line.Revenue.StandardError, 0.9 * se, 1.1 * se);
            Assert.True(line.PerUnitP10 < line.PerUnit.Value && line.PerUnit.Value < line.PerUnitP90, id);
        }

        Assert.Null(result.Lines.Single(l => l.Id == "training").PerUnit);
    }

    [Fact]
    public void Run_NoBudgetSection_Throws()
        => Assert.Contains("\"budget\"", Assert.Throws<ArgumentException>(() => BudgetAnalysis.Run(ScenarioLoader.Load(ScenarioFiles.Seed), new SimulationOptions(100))).Message, StringComparison.Ordinal);
}
