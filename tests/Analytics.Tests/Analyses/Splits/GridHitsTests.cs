using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Splits;

public class GridHitsTests
{
    private static readonly Lazy<Scenario> Plc = new(() => ScenarioLoader.Load(ScenarioFiles.Plc));

    /// <summary>
    /// k streams worth c_j M sqrt(s_j / s0_j) in each trial (floor 0, elasticity 1/2), M lognormal
    /// (mean 1, cv 0.3): a split's total is M Σ c_j sqrt(s_j / s0_j), written out directly below.
    /// </summary>
    private static (SplitSamples Samples, double[] C, double[] S0, double[] M) Samples(int k, int n, double target)
    {
        var s0 = Enumerable.Repeat(1.0 / k, k).ToArray();
        var c = Enumerable.Range(1, k).Select(j => 100.0 * j).ToArray();
        var m = AnalysisTestModels.Draws(n, 17, LogNormal.FromMeanCv(1, 0.3));
        var half = Enumerable.Repeat(0.5, n).ToArray();
        var revenues = c.Select(cj => (ReadOnlyMemory<double>)m.Select(x => cj * x).ToArray()).ToArray();
        var samples = new SplitSamples([.. Enumerable.Range(0, k).Select(j => "s" + j)], revenues, target, new Split(s0), (new double[k], [.. Enumerable.Repeat((ReadOnlyMemory<double>)half, k)]));
        return (samples, c, s0, m);
    }

    private static long[] ByHand(double[] c, double[] s0, double[] m, IReadOnlyList<Split> grid, double target)
        => [.. grid.Select(split =>
        {
            var g = split.Shares.Select((s, j) => c[j] * Math.Sqrt(s / s0[j])).Sum();
            return (long)m.Count(x => x * g >= target);
        })];

    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 4)]
    [InlineData(4, 2)]
    public void Count_ReweightedDraws_TheTrialsWhoseTotalReachesTheTarget(int k, int m)
    {
        const int n = 3000;
        var target = 110.0 * k * (k + 1) / 2; // a little above the plan's mean total Σ c_j
        var (samples, c, s0, draws) = Samples(k, n, target);
        var grid = SplitGrid.Simplex(k, 1.0 / m);
        Assert.Equal(ByHand(c, s0, draws, grid, target), GridHits.Count(samples, grid, m, 1));
    }

    [Fact]
    public void Count_SeveralChunksOfTrials_SameOnOneOrThreeThreads()
    {
        // 20,000 trials are ten chunks of 2,048, the last one partial: the chunk edges must neither drop nor double a trial.
        const int n = 20_000;
        var (samples, c, s0, draws) = Samples(3, n, 660);
        var grid = SplitGrid.Simplex(3, 0.25);
        var expected = ByHand(c, s0, draws, grid, 660);
        Assert.Equal(expected, GridHits.Count(samples, grid, 4, 1));
        Assert.Equal(expected, GridHits.Count(samples, grid, 4, 3));
    }

    [Fact]
    public void Count_WithoutResponse_EverySplitCountsTheSameTrials()
    {
        // Without a response a split moves no revenue: totals 4, 6, 8, 10 against 7 give 2 of 4 everywhere.
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2, 3, 4 }, new double[] { 3, 4, 5, 6 }], 7, new Split([0.5, 0.5]));
        Assert.Equal([2L, 2, 2], GridHits.Count(samples, SplitGrid.Simplex(2, 0.5), 2, 1));
    }

    [Fact]
    public void Count_Plc_SameCountsAsTheFullEvaluationOnOneOrTwoThreads()
    {
        var samples = SplitSamples.Simulate(Plc.Value, new SimulationOptions(20_000, seed: 2, threads: 2));
        var grid = SplitGrid.Simplex(3, 0.1);
        var full = SplitAnalysis.Run(samples, 0.1, threads: 2).Grid.Select(r => (long)Math.Round(r.ProbabilityOfTarget.Value * samples.Trials)).ToArray();
        Assert.Equal(full, GridHits.Count(samples, grid, 10, 1));
        Assert.Equal(full, GridHits.Count(samples, grid, 10, 2));
    }

    [Fact]
    public void Count_SeveralVersions_EachTheSameAsCountingItAlone()
    {
        // Versions from the plc scenario's response changes: each recomputes only the stream it changes.
        var samples = SplitSamples.Simulate(Plc.Value, new SimulationOptions(5_000, seed: 3, threads: 2));
        var grid = SplitGrid.Simplex(3, 0.1);
        var versions = ResponseChange.OneAtATime(Plc.Value).Select(samples.With).Prepend(samples).ToArray();
        var together = GridHits.Count(versions, grid, 10, 2);
        for (var v = 0; v < versions.Length; v++)
        {
            var alone = SplitAnalysis.Run(versions[v], 0.1, threads: 1).Grid.Select(r => (long)Math.Round(r.ProbabilityOfTarget.Value * samples.Trials)).ToArray();
            Assert.Equal(alone, together[v]);
        }

        Assert.Equal(together, GridHits.Count(versions, grid, 10, 1));
    }

    [Fact]
    public void Count_NullSamplesOrGrid_Throws()
    {
        var (samples, _, _, _) = Samples(2, 10, 100);
        Assert.Throws<ArgumentNullException>(() => GridHits.Count((SplitSamples)null!, SplitGrid.Simplex(2, 0.5), 2, 1));
        Assert.Throws<ArgumentNullException>(() => GridHits.Count(samples, null!, 2, 1));
    }
}
