using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;

namespace Analytics.Tests.Simulation.Engine;

public class SimulationEngineTests
{
    [Theory]
    [InlineData(SamplerKind.MonteCarlo)]
    [InlineData(SamplerKind.LatinHypercube)]
    public void Run_OneTwoFourThreads_BitIdenticalSamplesAndSummaries(SamplerKind sampler)
    {
        const int trials = (3 * SimulationEngine.BlockSize) + 123; // a short last block too
        var results = new[] { 1, 2, 4 }
            .Select(threads => SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(trials, seed: 9, threads: threads, sampler: sampler)))
            .ToArray();
        foreach (var other in results.Skip(1))
        {
            Assert.True(results[0].Samples("y").Span.SequenceEqual(other.Samples("y").Span));
            Assert.Equal(results[0].Output("y"), other.Output("y") with { Convergence = results[0].Output("y").Convergence });
            Assert.Equal(results[0].Output("y").Convergence, other.Output("y").Convergence);
        }
    }

    [Fact]
    public void Run_CompoundModel_MeanAndProbabilityMatchTheory()
    {
        // E[y] = 46 (see TestModels.Compound); within 4 standard errors.
        var result = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(50_000, seed: 3, threads: 2));
        var y = result.Output("y");
        Assert.InRange(y.Mean, 46 - (4 * y.MeanStandardError), 46 + (4 * y.MeanStandardError));
        Assert.Equal(StandardErrorMethod.IndependentTrials, y.StandardErrorMethod);
        Assert.Equal(y.StandardDeviation / Math.Sqrt(50_000), y.MeanStandardError, 1e-12);
    }

    [Fact]
    public void Run_NormalInput_ProbabilityOfTargetWithinFourStandardErrors()
    {
        // P(Z >= 1) = 1 − Φ(1) = 0.158655.
        var model = new TestModels.Identity([new ScalarInput("z", new Normal(0, 1))], target: 1);
        var z = SimulationEngine.Run(model, new SimulationOptions(40_000, seed: 5)).Output("z");
        var p = z.ProbabilityOfTarget!;
        Assert.InRange(p.Value, 0.158655 - (4 * p.StandardError), 0.158655 + (4 * p.StandardError));
        Assert.Equal(Math.Sqrt(p.Value * (1 - p.Value) / 40_000), p.StandardError, 1e-15);
        Assert.True(p.Lower95 < p.Value && p.Value < p.Upper95);
    }

    [Fact]
    public void Run_Percentiles_MatchSortedSamplesTypeSeven()
    {
        // Independent reference: sort the samples and interpolate at (n − 1) p.
        var model = new TestModels.Identity([new ScalarInput("x", LogNormal.FromMeanCv(10, 0.6))]);
        var result = SimulationEngine.Run(model, new SimulationOptions(10_001, seed: 2));
        var sorted = result.Samples("x").ToArray().Order().ToArray();
        var expected = Percentiles.Levels.Select(p =>
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)h;
            return sorted[lo] + ((h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]));
        });
        Assert.Equal(expected, result.Output("x").Percentiles.Values);
    }

    [Fact]
    public void Run_UniformInput_PercentilesNearTheirLevels()
    {
        // The p-quantile of n uniforms has SE sqrt(p(1 − p)/n) <= 0.0016 at n = 100,000; allow 5 SE.
        var model = new TestModels.Identity([new ScalarInput("u", new Uniform(0, 1))]);
        var percentiles = SimulationEngine.Run(model, new SimulationOptions(100_000, seed: 8)).Output("u").Percentiles;
        for (var i = 0; i < Percentiles.Levels.Count; i++)
        {
            Assert.Equal(Percentiles.Levels[i], percentiles.Values[i], 0.008);
        }
    }

    [Fact]
    public void Run_MoreTrials_FirstTrialsUnchanged()
    {
        // Streams depend on (seed, block, name) only, so a longer run extends a shorter one.
        var shorter = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(5000, seed: 4));
        var longer = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(12_000, seed: 4));
        Assert.True(shorter.Samples("y").Span.SequenceEqual(longer.Samples("y").Span[..5000]));
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentSamples()
    {
        var a = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(100, seed: 1));
        var b = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(100, seed: 2));
        Assert.False(a.Samples("y").Span.SequenceEqual(b.Samples("y").Span));
    }

    [Fact]
    public void Run_LatinHypercube_LowersStandardErrorOfSmoothFunction()
    {
        // E[exp(U)] = e − 1 over 40 independent replicates of 4096 trials: the spread of the
        // estimates under LHS must be far below plain Monte Carlo's (whose variance is
        // Var(e^U)/n = 0.2420/4096). Stratification removes the linear part of e^U, leaving about
        // 1-2% of the variance; we require less than 10%.
        double Spread(SamplerKind sampler)
        {
            var estimates = Enumerable.Range(0, 40).Select(seed =>
            {
                var model = new TestModels.Function(new ScalarInput("u", new Uniform(0, 1)), Math.Exp);
                return SimulationEngine.Run(model, new SimulationOptions(SimulationEngine.BlockSize, seed: (ulong)seed, sampler: sampler)).Output("f").Mean;
            }).ToArray();
            var mean = estimates.Average();
            Assert.InRange(mean, Math.E - 1 - 0.01, Math.E - 1 + 0.01);
            return estimates.Sum(e => (e - mean) * (e - mean)) / (estimates.Length - 1);
        }

        var monteCarlo = Spread(SamplerKind.MonteCarlo);
        var hypercube = Spread(SamplerKind.LatinHypercube);
        Assert.True(hypercube < 0.1 * monteCarlo, $"LHS variance {hypercube} vs MC {monteCarlo}");
    }

    [Fact]
    public void Run_LatinHypercube_EveryStratumDrawnOncePerBlock()
    {
        var model = new TestModels.Identity([new ScalarInput("u", new Uniform(0, 1))]);
        var result = SimulationEngine.Run(model, new SimulationOptions(2 * SimulationEngine.BlockSize, seed: 1, sampler: SamplerKind.LatinHypercube));
        var samples = result.Samples("u").ToArray();
        for (var b = 0; b < 2; b++)
        {
            var strata = samples.Skip(b * SimulationEngine.BlockSize).Take(SimulationEngine.BlockSize).Select(u => (int)(u * SimulationEngine.BlockSize)).Order();
            Assert.Equal(Enumerable.Range(0, SimulationEngine.BlockSize), strata);
        }

        Assert.Equal(StandardErrorMethod.BetweenBlocks, result.Output("u").StandardErrorMethod);
    }

    [Fact]
    public void Run_RankCorrelation_AchievedNearTargetAndMarginalsKept()
    {
        // Spearman 0.6 between a lognormal and a beta; achieved within 0.02 (block-to-block spread of a
        // 4096-trial Spearman is about 0.01, averaged over 10 blocks). Marginals must be unchanged:
        // means within 4 SE of theory.
        var a = new ScalarInput("market", LogNormal.FromMeanCv(1, 0.1));
        var b = new ScalarInput("winRate", new Beta(15, 85));
        var model = new TestModels.Identity([a, b], [new RankCorrelation("market", "winRate", 0.6)]);
        const int trials = 10 * SimulationEngine.BlockSize;
        var result = SimulationEngine.Run(model, new SimulationOptions(trials, seed: 12, threads: 2));
        var report = Assert.Single(result.Correlations);
        Assert.Equal(0.6, report.Requested);
        Assert.Equal(0.6, report.Used, 1e-12);
        Assert.InRange(report.Achieved, 0.58, 0.62);

        // The whole-run Spearman, computed independently from the samples, agrees too.
        Assert.InRange(Ranks.Spearman(result.Samples("market").Span, result.Samples("winRate").Span), 0.58, 0.62);
        foreach (var (name, d) in new[] { ("market", a.Distribution), ("winRate", b.Distribution) })
        {
            var mean = result.Output(name).Mean;
            Assert.InRange(mean, d.Mean - (4 * d.StandardDeviation / Math.Sqrt(trials)), d.Mean + (4 * d.StandardDeviation / Math.Sqrt(trials)));
        }
    }

    [Fact]
    public void Run_RankCorrelationWithTies_AchievedIsTheSpearmanOfTheDraws()
    {
        // One block, an input with heavy ties (3 values): the achieved rho Iman-Conover reports from
        // its own ranks must be the Spearman rho computed afresh from the reordered draws.
        var a = new ScalarInput("deals", new Discrete([1, 2, 3], [0.5, 0.3, 0.2]));
        var b = new ScalarInput("market", new Normal(0, 1));
        var model = new TestModels.Identity([a, b], [new RankCorrelation("deals", "market", 0.5)]);
        var result = SimulationEngine.Run(model, new SimulationOptions(SimulationEngine.BlockSize, seed: 5));
        var report = Assert.Single(result.Correlations);
        Assert.Equal(Ranks.Spearman(result.Samples("deals").Span, result.Samples("market").Span), report.Achieved, 1e-12);
    }

    [Fact]
    public void Run_NotPositiveDefiniteCorrelations_RepairedAndReported()
    {
        // A with B and B with C strongly positive but A with C strongly negative: impossible.
        var inputs = new[] { "A", "B", "C" }.Select(n => new ScalarInput(n, new Normal(0, 1))).ToArray();
        var correlations = new[] { new RankCorrelation("A", "B", 0.9), new RankCorrelation("B", "C", 0.9), new RankCorrelation("A", "C", -0.9) };
        var result = SimulationEngine.Run(new TestModels.Identity(inputs, correlations), new SimulationOptions(8 * SimulationEngine.BlockSize, seed: 3));
        Assert.Equal(3, result.Correlations.Count);
        foreach (var report in result.Correlations)
        {
            Assert.True(Math.Abs(report.Used - report.Requested) > 0.1, $"{report}: not repaired");
            Assert.InRange(report.Achieved, report.Used - 0.03, report.Used + 0.03);
        }
    }

    [Fact]
    public void Run_CorrelationWithUnknownInput_ThrowsNamingIt()
    {
        var model = new TestModels.Identity([new ScalarInput("a", new Normal(0, 1))], [new RankCorrelation("a", "b", 0.5)]);
        var e = Assert.Throws<ArgumentException>(() => SimulationEngine.Run(model, new SimulationOptions(10)));
        Assert.Contains("names \"b\", which is not an input", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateNames_ThrowsNamingTheDuplicate()
    {
        var model = new TestModels.Identity([new ScalarInput("a", new Normal(0, 1)), new ScalarInput("a", new Normal(0, 1))]);
        Assert.Contains("two outputs named \"a\"", Assert.Throws<ArgumentException>(() => SimulationEngine.Run(model, new SimulationOptions(10))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Manifest_RecordsSeedTrialsSamplerAndFingerprint()
    {
        var result = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(100, seed: 77, sampler: SamplerKind.LatinHypercube));
        Assert.Equal(new RunManifest(77, 100, SamplerKind.LatinHypercube, SimulationEngine.BlockSize, "compound", SimulationEngine.Version), result.Manifest);
    }

    [Fact]
    public void Run_Convergence_EndsAtTheFinalEstimate()
    {
        var y = SimulationEngine.Run(new TestModels.Compound(), new SimulationOptions(12_345, seed: 1)).Output("y");
        Assert.Equal([1000L, 2000, 5000, 10_000, 12_345], y.Convergence.Select(c => c.Trials));
        Assert.Equal(y.Mean, y.Convergence[^1].Mean, 1e-9);
        Assert.Equal(y.ProbabilityOfTarget!.Value, y.Convergence[^1].ProbabilityOfTarget!.Value, 1e-15);
    }
}
