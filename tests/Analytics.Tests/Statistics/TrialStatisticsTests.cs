using Analytics.Simulation.Sampling;
using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class TrialStatisticsTests
{
    [Fact]
    public void Mean_Values_MeanAndStandardError()
    {
        var m = TrialStatistics.Mean([1.0, 2, 3, 4]);
        Assert.Equal(2.5, m.Value);
        Assert.Equal(Math.Sqrt(5.0 / 3 / 4), m.StandardError, 15); // sd² = 5/3, n = 4
    }

    [Fact]
    public void Quantiles_Type7_AsNumPy()
    {
        double[] x = [5, 1, 4, 2, 3];
        Assert.Equal([1.4, 3, 4.6], TrialStatistics.Quantiles(x, [0.1, 0.5, 0.9]).Select(v => Math.Round(v, 12)));
        Assert.Equal([5.0, 1, 4, 2, 3], x); // left unchanged
    }

    [Fact]
    public void Quantiles_OneType7ForSummariesAnalysesAndSortedArrays()
    {
        // 1..101 shuffled: the p quantile of type 7 is 1 + 100p exactly (h = 100p on integer steps),
        // e.g. P5 = 6, P10 = 11, P97.5 = 98.5; the run summary, the analyses and the sorted path agree.
        var x = Enumerable.Range(1, 101).Select(i => (double)((i * 37) % 101) + 1).ToArray();
        var sorted = x.Order().ToArray();
        double[] levels = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];
        var summary = Analytics.Simulation.Results.Summaries.Summarise("x", x, null, SamplerKind.MonteCarlo, 1000).Percentiles;
        Assert.Equal(levels.Select(p => 1 + (100 * p)), TrialStatistics.Quantiles(x, levels).Select(v => Math.Round(v, 9)));
        Assert.Equal([6.0, 11, 26, 51, 76, 91, 96], [summary.P5, summary.P10, summary.P25, summary.P50, summary.P75, summary.P90, summary.P95]);
        Assert.Equal(98.5, Type7Quantiles.OfSorted(sorted, 0.975), 12);
        Assert.Equal(101, Type7Quantiles.OfSorted(sorted, 1));
    }

    [Fact]
    public void Exceedance_CountsAtOrAbove()
    {
        var p = TrialStatistics.Exceedance([1.0, 2, 3, 4], 3);
        Assert.Equal(0.5, p.Value);
        Assert.Equal(0.25, p.StandardError, 15);
    }

    [Fact]
    public void Paired_SameValues_NoDifferenceAndNeverBeats()
    {
        double[] x = [1, 5, 9, 2];
        var d = TrialStatistics.Paired(x, x, 4);
        Assert.Equal(0, d.ProbabilityDifference.Value);
        Assert.Equal(0, d.ProbabilityDifference.StandardError);
        Assert.Equal(0, d.MeanDifference.Value);
        Assert.Equal(0, d.ProbabilityFirstBeats.Value);
    }

    [Fact]
    public void Paired_ShiftedValues_DifferenceFromIndicators()
    {
        double[] b = [1, 3, 5, 7];
        double[] a = [2, 4, 6, 8];
        var d = TrialStatistics.Paired(a, b, 4); // hits a: 4, 6, 8 → 3/4; b: 5, 7 → 2/4
        Assert.Equal(0.25, d.ProbabilityDifference.Value);
        Assert.Equal(Math.Sqrt(0.25 / 4), d.ProbabilityDifference.StandardError, 15); // d = 0,1,0,0: var 1/4
        Assert.Equal(1, d.MeanDifference.Value);
        Assert.Equal(0, d.MeanDifference.StandardError);
        Assert.Equal(1, d.ProbabilityFirstBeats.Value);
    }

    [Fact]
    public void Mean_LatinHypercubeDesign_ErrorFromTheBlockMeans()
    {
        // Blocks of 2: means 1.5, 3.5, 5 (the last block short, weight 1/5); overall 3.
        // SE² = B/(B − 1) Σ (n_b/N)² (m_b − m)² = 3/2 · (0.16 · 2.25 + 0.16 · 0.25 + 0.04 · 4) = 0.84.
        double[] x = [1, 2, 3, 4, 5];
        var m = TrialStatistics.Mean(x, new TrialDesign(SamplerKind.LatinHypercube, 2));
        Assert.Equal(3, m.Value, 15);
        Assert.Equal(Math.Sqrt(0.84), m.StandardError, 14);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, m.Method);
        Assert.Equal(TrialStatistics.Mean(x), TrialStatistics.Mean(x, new TrialDesign(SamplerKind.MonteCarlo, 2)));
    }

    [Fact]
    public void Exceedance_LatinHypercubeDesign_ErrorFromTheBlockSharesAndClippedInterval()
    {
        // Indicators of >= 3 in blocks of 2: (0, 0), (1, 1): shares 0 and 1, p = 0.5; SE² = 2 · (0.25 · 0.25 · 2) = 0.25.
        var p = TrialStatistics.Exceedance([1.0, 2, 3, 4], 3, new TrialDesign(SamplerKind.LatinHypercube, 2));
        Assert.Equal(0.5, p.Value);
        Assert.Equal(0.5, p.StandardError, 15);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, p.Method);
        Assert.Equal((0, 1), (p.Lower95, p.Upper95));
    }

    [Fact]
    public void Paired_LatinHypercubeDesign_ErrorsFromTheBlockMeansOfTheDifferences()
    {
        // a − b = 1, 1, 3, 3 in blocks of 2: block means 1 and 3, mean 2, SE² = 2 · (0.25 · 1 · 2) = 1.
        double[] a = [2, 4, 8, 10];
        double[] b = [1, 3, 5, 7];
        var d = TrialStatistics.Paired(a, b, 100, new TrialDesign(SamplerKind.LatinHypercube, 2));
        Assert.Equal(2, d.MeanDifference.Value);
        Assert.Equal(1, d.MeanDifference.StandardError, 15);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, d.MeanDifference.Method);
        Assert.Equal(0, d.ProbabilityDifference.StandardError); // nothing reaches 100 in either
        Assert.Equal(1, d.ProbabilityFirstBeats.Value);
    }

    [Fact]
    public void StandardErrorAt_IndependentOrBlocks_BinomialAtTheLevelOrTheMeasuredError()
    {
        Assert.Equal(Math.Sqrt(0.8 * 0.2 / 400), TrialStatistics.StandardErrorAt(new Estimate(0.75, 0.02), 0.8, 400), 15);
        Assert.Equal(0.013, TrialStatistics.StandardErrorAt(Estimate.ProportionFromBlocks(0.75, 0.013), 0.8, 400));
        Assert.ThrowsAny<ArgumentException>(() => TrialStatistics.StandardErrorAt(new Estimate(0.75, 0.02), 1.2, 400));
        Assert.ThrowsAny<ArgumentException>(() => TrialStatistics.StandardErrorAt(new Estimate(0.75, 0.02), 0.8, 0));
    }

    [Fact]
    public void Statistics_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => TrialStatistics.Mean([]));
        Assert.ThrowsAny<ArgumentException>(() => TrialStatistics.Exceedance([1.0], double.NaN));
        Assert.Throws<ArgumentException>(() => TrialStatistics.Paired([1.0, 2], [1.0], 1));
        Assert.ThrowsAny<ArgumentException>(() => TrialStatistics.Quantiles([1.0], [1.5]));
        Assert.ThrowsAny<ArgumentException>(() => TrialStatistics.Proportion(3, 2));
        Assert.ThrowsAny<ArgumentException>(() => new Estimate(1, -1));
    }
}
