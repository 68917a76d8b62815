using Analytics.Analyses.Sensitivity;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Sensitivity;

public class SensitivityAnalysisTests
{
    private static readonly Scenario Plc = ScenarioLoader.Load(ScenarioFiles.Plc);

    [Fact]
    public void Tornado_PlcScenario_MarketSwingsMostAndBarsHoldTheirQuantiles()
    {
        var (baseMean, baseHit, rows) = Tornado.Run(Plc, new SimulationOptions(3000, seed: 4, threads: 2));
        Assert.Equal(11, rows.Count);
        Assert.Equal("market", rows[0].Input);
        var market = Plc.Input("market").Distribution;
        Assert.Equal(market.InverseCdf(0.1), rows[0].Low, 12);
        Assert.Equal(market.InverseCdf(0.9), rows[0].High, 12);
        // Total ∝ market: E[total | market = m] = m · E[total | market = 1], so the bar's ends scale with it
        // (on the same draws, exactly).
        var median = market.InverseCdf(0.5);
        Assert.Equal(baseMean.Value * rows[0].High / median, rows[0].MeanAtHigh.Value, 1e-6 * baseMean.Value);
        Assert.All(rows, r => Assert.True(r.MeanAtHigh.Value >= r.MeanAtLow.Value, r.Input));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.HitSwing >= p.Second.HitSwing));
        Assert.InRange(baseHit.Value, 0, 1);
    }

    [Fact]
    public void RankCorrelations_PlcScenario_ContributionsAddUpToOne()
    {
        var rows = SensitivityAnalysis.RankCorrelations(Plc, new SimulationOptions(4000, seed: 2, threads: 2));
        Assert.Equal(1, rows.Sum(r => r.ContributionToVariance), 12);
        Assert.Equal("market", rows[0].Input);
        Assert.InRange(rows[0].Spearman, 0.6, 0.9); // market explains most of the total (about 0.77)
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.ContributionToVariance >= p.Second.ContributionToVariance));
    }

    [Fact]
    public void Run_PlcScenario_AllFourWithNotesOnNoiseAndCorrelations()
    {
        var result = SensitivityAnalysis.Run(Plc, new SensitivityOptions(trials: 1000, sobolSamples: 256, bootstrap: 20, seed: 1, threads: 2));
        Assert.Equal(11, result.Tornado.Count);
        Assert.Equal(11, result.RankCorrelations.Count);
        Assert.Equal(11, result.SobolTotal.Count);
        Assert.Equal(11, result.SobolHit.Count);
        Assert.Equal("market", result.SobolTotal.MaxBy(s => s.TotalOrder.Value)!.Input);
        Assert.Contains(result.Notes, n => n.Contains("held common across each row", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("independent", StringComparison.Ordinal));
        var none = SensitivityAnalysis.Run(Plc, new SensitivityOptions(trials: 500, sobolSamples: 0, seed: 1));
        Assert.Empty(none.SobolTotal);
    }

    [Fact]
    public void Run_TargetNoRunReaches_HitIndicesUndefinedWithANote()
    {
        // A target of 10⁹ 萬元 is missed in every run of the design: P(hit) has no variance to apportion.
        var result = SensitivityAnalysis.Run(Plc with { Target = 1e9 }, new SensitivityOptions(trials: 500, sobolSamples: 64, bootstrap: 10, seed: 1, threads: 2));
        Assert.Empty(result.SobolHit);
        Assert.Equal(11, result.SobolTotal.Count);
        Assert.Contains(result.Notes, n => n.Contains("Sobol indices of hitting the target are undefined", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notes, n => n.Contains("of the total are undefined", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50, 8192, 500)]
    [InlineData(1000, 8, 500)]
    [InlineData(1000, 8192, -1)]
    public void Create_OptionsOutOfRange_Throw(int trials, int sobol, int bootstrap)
        => Assert.ThrowsAny<ArgumentException>(() => new SensitivityOptions(trials, sobol, bootstrap));
}
