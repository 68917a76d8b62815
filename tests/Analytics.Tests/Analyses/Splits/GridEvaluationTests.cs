using Analytics.Analyses.Splits;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Analyses.Splits;

public class GridEvaluationTests
{
    /// <summary>
    /// Three streams with independent revenues and elasticities, floors 0.3 / 0 / 0.6, margins,
    /// and one stream that is often exactly 0 (ties in the totals, a mass at the P10's bucket).
    /// </summary>
    private static SplitSamples Samples(int n, bool margins = true)
    {
        var a = AnalysisTestModels.Draws(n, 1, LogNormal.FromMeanCv(1800, 0.3));
        var b = AnalysisTestModels.Draws(n, 2, LogNormal.FromMeanCv(2200, 0.5));
        var c = AnalysisTestModels.Draws(n, 3, LogNormal.FromMeanCv(1500, 0.8)).Select((x, t) => t % 3 == 0 ? 0 : x).ToArray();
        var e = new ulong[] { 4, 5, 6 }.Select(seed => (ReadOnlyMemory<double>)AnalysisTestModels.Draws(n, seed, new Beta(2, 3))).ToArray();
        return new SplitSamples(
            ["repurchase", "newCustomers", "newProduct"],
            [a, b, c],
            5000,
            new Split([0.36, 0.44, 0.20]),
            ([0.3, 0, 0.6], e),
            margins ? [0.35, 0.30, 0.45] : null);
    }

    [Theory]
    [InlineData(1, 0.25, 1)]
    [InlineData(7, 0.25, 2)]
    [InlineData(20_000, 0.05, 1)] // ten chunks of 2,048, the last one partial: the chunk edges neither drop nor double a trial
    [InlineData(20_000, 0.05, 3)]
    [InlineData(9_000, 0.025, 2)] // 861 splits: two batches
    public void Rows_EverySplit_TheSameBitsAsEvaluatingItAlone(int n, double step, int threads)
    {
        var samples = Samples(n);
        var grid = SplitGrid.Simplex(3, step);
        var rows = GridEvaluation.Rows(samples, grid, SplitGrid.Parts(step), threads);
        Assert.Equal(grid.Count, rows.Length);
        for (var i = 0; i < grid.Count; i++)
        {
            // Records compare every figure (estimates, P10, margin, each stream's risk) exactly.
            var alone = samples.Evaluate(grid[i]);
            Assert.Equal(alone.Split.Shares, rows[i].Split.Shares);
            Assert.Equal(alone.ProbabilityOfTarget, rows[i].ProbabilityOfTarget);
            Assert.Equal(alone.ProbabilityAllStreams, rows[i].ProbabilityAllStreams);
            Assert.Equal(alone.ExpectedRevenue, rows[i].ExpectedRevenue);
            Assert.Equal(alone.P10, rows[i].P10);
            Assert.Equal(alone.ExpectedMargin, rows[i].ExpectedMargin);
            Assert.Equal(alone.Streams, rows[i].Streams);
        }
    }

    [Fact]
    public void Rows_WithoutMarginsOrResponse_NoMarginAndTheTotalsUnweighted()
    {
        var n = 2_000;
        var x = AnalysisTestModels.Draws(n, 9, LogNormal.FromMeanCv(2500, 0.4));
        var y = AnalysisTestModels.Draws(n, 10, LogNormal.FromMeanCv(2500, 0.4));
        var samples = new SplitSamples(["a", "b"], [x, y], 5000, new Split([0.5, 0.5]));
        var grid = SplitGrid.Simplex(2, 0.5);
        var rows = GridEvaluation.Rows(samples, grid, 2, 2);
        // Without a response a split only sets sub-targets: P(hit) is the same for every split, by hand.
        var hits = x.Zip(y, (p, q) => p + q >= 5000).Count(h => h);
        Assert.All(rows, r => Assert.Equal((double)hits / n, r.ProbabilityOfTarget.Value));
        Assert.All(rows, r => Assert.Null(r.ExpectedMargin));
        // The all-to-a split: b's sub-target is 0, met in every trial; a's is 5000.
        var allToA = rows.Single(r => r.Split[0] == 1);
        Assert.Equal((double)x.Count(v => v >= 5000) / n, allToA.ProbabilityAllStreams.Value);
    }

    [Fact]
    public void Rows_ASplitOffTheGrid_Refused()
    {
        var samples = Samples(10);
        Assert.Throws<ArgumentException>(() => GridEvaluation.Rows(samples, [new Split([0.3, 0.3, 0.4])], 4, 1));
    }
}
