using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class ImportanceWeightsTests
{
    [Fact]
    public void Exceedance_EqualWeights_IsTheBinomialEstimate()
    {
        // With every weight equal the self-normalised estimate is the plain share, and the delta-method
        // error sqrt(Σ (h − p)²)/n = sqrt(n p (1 − p))/n the binomial one.
        double[] values = [1, 5, 3, 8, 2, 9, 4, 7];
        var weights = Enumerable.Repeat(2.5, values.Length).ToArray();
        var plain = TrialStatistics.Exceedance(values, 5);
        var weighted = ImportanceWeights.Exceedance(weights, values, 5);
        Assert.Equal(plain.Value, weighted.Value, 1e-15);
        Assert.Equal(plain.StandardError, weighted.StandardError, 1e-15);
        Assert.Equal(StandardErrorMethod.ImportanceWeights, weighted.Method);
        Assert.Equal(values.Length, ImportanceWeights.EffectiveSampleSize(weights), 1e-12);
    }

    [Fact]
    public void Mean_HandComputed_ValueErrorAndEffectiveSampleSize()
    {
        // w = (1, 2, 1), x = (0, 3, 6): mean (0 + 6 + 6)/4 = 3; deviations (−3, 0, 3) weighted (−3, 0, 3):
        // SE = sqrt(9 + 0 + 9)/4 = 1.06066; ESS = 16/6 = 2.6667.
        double[] w = [1, 2, 1];
        double[] x = [0, 3, 6];
        var mean = ImportanceWeights.Mean(w, x);
        Assert.Equal(3, mean.Value, 1e-15);
        Assert.Equal(Math.Sqrt(18) / 4, mean.StandardError, 1e-15);
        Assert.Equal(16.0 / 6, ImportanceWeights.EffectiveSampleSize(w), 1e-15);
    }

    [Fact]
    public void Exceedance_ZeroWeightsOnTheMisses_IsOneExactly()
    {
        // The trials below the threshold carry no weight: every weighted trial hits.
        double[] w = [0, 0.3, 1, 0];
        double[] x = [10, 60, 70, 20];
        var p = ImportanceWeights.Exceedance(w, x, 50);
        Assert.Equal(1, p.Value);
        Assert.Equal(0, p.StandardError);
        Assert.Equal(1, p.Upper95);
    }

    [Fact]
    public void Quantiles_Weighted_InverseOfTheWeightedCdf()
    {
        // Values 1, 2, 3, 4 weigh 1, 1, 5, 1 (total 8): the weighted CDF is 1/8, 2/8, 7/8, 1.
        double[] w = [1, 1, 1, 5];
        double[] x = [4, 1, 2, 3];
        var q = ImportanceWeights.Quantiles(w, x, [0.10, 0.25, 0.40, 0.90, 0]);
        Assert.Equal([1.0, 2, 3, 4, 1], q);
    }

    [Fact]
    public void Paired_OnTheSameTrials_DifferenceOfSharesAndMeans()
    {
        // A beats B in trials 0 and 2 (weights 1 and 3 of 5): P(A >= 10) − P(B >= 10) = (4/5) − (1/5).
        double[] w = [1, 1, 3];
        double[] a = [12, 5, 11];
        double[] b = [8, 10, 9];
        var d = ImportanceWeights.Paired(w, a, b, 10);
        Assert.Equal(0.6, d.ProbabilityDifference.Value, 1e-15);
        Assert.Equal(((4 * 1) + (-5 * 1) + (2 * 3)) / 5.0, d.MeanDifference.Value, 1e-15);
        Assert.Equal(0.8, d.ProbabilityFirstBeats.Value, 1e-15);
    }

    [Fact]
    public void Functions_BadWeights_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.EffectiveSampleSize([0, 0]));
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.EffectiveSampleSize([1, -1]));
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.EffectiveSampleSize([1, double.NaN]));
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.Mean([1, 1], [1]));
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.Share([1, 1], [1, 0.5]));
        Assert.ThrowsAny<ArgumentException>(() => ImportanceWeights.Quantiles([1], [1], [1.5]));
    }
}
