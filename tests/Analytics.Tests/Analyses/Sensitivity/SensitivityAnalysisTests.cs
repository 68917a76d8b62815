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
    }

    [Fact]
    public void Tornado_LinearModel_BarsAtTheirClosedFormValues()
    {
        // Total = X + Y + ε (AnalysisTestModels.LinearScenario), target 2100. With X, Y at their
        // medians (1000) the total is 2000 + ε: P(hit) = 1 − Φ(100/200) = 0.3085. Y at its P90,
        // 1000 + 1.2816·400 = 1512.6, gives a mean of 2512.6 and P(hit) = 1 − Φ((2100 − 2512.6)/200)
        // = 0.9804; Y swings P(hit) more than X (σ 400 against 300), so it comes first. Tolerances:
        // 4 standard errors, ε's 200/√n for a mean and sqrt(p(1 − p)/n) for a probability.
        const int n = 20_000;
        var (baseMean, baseHit, rows) = Tornado.Run(AnalysisTestModels.LinearScenario(2100), new SimulationOptions(n, seed: 4, threads: 2));
        const double z90 = 1.2815515655446004; // Φ⁻¹(0.9)
        double P(double mean) => 1 - AnalysisTestModels.Phi((2100 - mean) / 200);
        double Se(double p) => Math.Sqrt(p * (1 - p) / n);
        var meanSe = 200 / Math.Sqrt(n);
        Assert.Equal(2000, baseMean.Value, 4 * meanSe);
        Assert.Equal(P(2000), baseHit.Value, 4 * Se(P(2000)));
        Assert.Equal(["y", "x"], rows.Select(r => r.Input));
        foreach (var (row, sd) in rows.Zip(new[] { 400.0, 300 }))
        {
            Assert.Equal(1000 + (z90 * sd), row.High, 1e-6);
            Assert.Equal(1000 - (z90 * sd), row.Low, 1e-6);
            // The bar's ends move the mean by exactly ±z90·sd on the same ε draws (1e-6: the rounding
            // of 20,000 sums, far below the Monte Carlo error 200/√n = 1.4).
            Assert.Equal(baseMean.Value + (z90 * sd), row.MeanAtHigh.Value, 1e-6);
            Assert.Equal(baseMean.Value - (z90 * sd), row.MeanAtLow.Value, 1e-6);
            Assert.Equal(P(2000 + (z90 * sd)), row.HitAtHigh.Value, 4 * Se(P(2000 + (z90 * sd))));
            Assert.Equal(P(2000 - (z90 * sd)), row.HitAtLow.Value, 4 * Se(P(2000 - (z90 * sd))));
        }
    }

    [Fact]
    public void RankCorrelations_LinearModel_SpearmanInClosedForm()
    {
        // X, Y and the total X + Y + ε are jointly normal: corr(X, total) = 300/538.5 = 0.557 and
        // corr(Y, total) = 400/538.5 = 0.743, and for normals Spearman's rho is (6/π) asin(r/2):
        // 0.539 and 0.727. Its standard error is about (1 − ρ²) sqrt(1.06/(n − 3)) (Fieller, Hartley
        // and Pearson 1957) = 0.0052 and 0.0034 at n = 20,000; 4 of them. The contributions are
        // ρ²/Σρ² of those: 0.355 and 0.645.
        const int n = 20_000;
        var rows = SensitivityAnalysis.RankCorrelations(AnalysisTestModels.LinearScenario(2100), new SimulationOptions(n, seed: 2, threads: 2));
        double Spearman(double sd) => 6 / Math.PI * Math.Asin(sd / AnalysisTestModels.LinearSd / 2);
        var (rx, ry) = (Spearman(300), Spearman(400));
        Assert.Equal(["y", "x"], rows.Select(r => r.Input));
        foreach (var (row, rho) in rows.Zip(new[] { ry, rx }))
        {
            Assert.Equal(rho, row.Spearman, 4 * (1 - (rho * rho)) * Math.Sqrt(1.06 / (n - 3)));
        }

        // The contribution's error by the delta method from the two rhos' is about 0.005; 5 of them,
        // as the two rhos come from the same draws and their errors need not be independent.
        Assert.Equal(ry * ry / ((rx * rx) + (ry * ry)), rows[0].ContributionToVariance, 0.025);
    }

    [Fact]
    public void RankCorrelations_PlcScenario_ContributionsAddUpToOne()
    {
        var rows = SensitivityAnalysis.RankCorrelations(Plc, new SimulationOptions(4000, seed: 2, threads: 2));
        Assert.Equal(1, rows.Sum(r => r.ContributionToVariance), 12);
        Assert.Equal("market", rows[0].Input);
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
