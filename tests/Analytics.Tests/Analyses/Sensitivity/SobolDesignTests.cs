using Analytics.Analyses.Sensitivity;

namespace Analytics.Tests.Analyses.Sensitivity;

public class SobolDesignTests
{
    [Fact]
    public void Run_Ishigami_AnalyticIndicesWithinFourBootstrapErrors()
    {
        // Analytic values for a = 7, b = 0.1 (AnalysisTestModels.Ishigami); N = 8192 gives
        // bootstrap SEs of about 0.01-0.02, and every estimate must lie within 4 of them.
        var indices = SobolDesign.Run(new AnalysisTestModels.Ishigami(), [("f", null)], samples: 8192, seed: 2026, bootstrap: 200)[0];
        double[] s = [0.3139, 0.4424, 0.0];
        double[] st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            var x = indices[i];
            Assert.Equal("x" + (i + 1), x.Input);
            Assert.InRange(x.FirstOrder.Value, s[i] - (4 * x.FirstOrder.StandardError), s[i] + (4 * x.FirstOrder.StandardError));
            Assert.InRange(x.TotalOrder.Value, st[i] - (4 * x.TotalOrder.StandardError), st[i] + (4 * x.TotalOrder.StandardError));
            Assert.InRange(x.FirstOrder.StandardError, 0.001, 0.05);
            Assert.True(x.FirstOrderInterval.Lower < x.FirstOrder.Value && x.FirstOrder.Value < x.FirstOrderInterval.Upper);
        }
    }

    [Fact]
    public void Run_LinearWithInternalNoise_IndicesLeaveTheNoiseOut()
    {
        // y = x1 + 2 x2 + 3 x3 + ε, x_i ~ N(0, 1), ε ~ N(0, 2²) internal: Var y = 18, so
        // S_i = ST_i = (1, 4, 9)/18 and Σ S_i = 14/18: the missing 4/18 is the noise. With the noise
        // common across a design row the total indices carry none of it.
        var model = new AnalysisTestModels.NoisyLinear([1, 2, 3], noise: 2);
        var indices = SobolDesign.Run(model, [("y", null)], samples: 8192, seed: 7, bootstrap: 200)[0];
        double[] exact = [1 / 18.0, 4 / 18.0, 9 / 18.0];
        for (var i = 0; i < 3; i++)
        {
            var x = indices[i];
            Assert.InRange(x.FirstOrder.Value, exact[i] - (4 * x.FirstOrder.StandardError), exact[i] + (4 * x.FirstOrder.StandardError));
            Assert.InRange(x.TotalOrder.Value, exact[i] - (4 * x.TotalOrder.StandardError), exact[i] + (4 * x.TotalOrder.StandardError));
        }

        Assert.InRange(indices.Sum(x => x.TotalOrder.Value), 0.70, 0.86); // 14/18 = 0.78, well below 1
    }

    [Fact]
    public void Run_ThresholdOutput_IndicesOfTheIndicator()
    {
        // y >= 0 for y = x1 + 2 x2 + 3 x3 + ε: only the sign matters; x3 still dominates, x1 least.
        var model = new AnalysisTestModels.NoisyLinear([1, 2, 3], noise: 2);
        var indices = SobolDesign.Run(model, [("y", 0.0)], samples: 4096, seed: 7, bootstrap: 0)[0];
        Assert.True(indices[2].TotalOrder.Value > indices[1].TotalOrder.Value);
        Assert.True(indices[1].TotalOrder.Value > indices[0].TotalOrder.Value);
        Assert.Equal(0, indices[0].TotalOrder.StandardError); // no bootstrap asked for
    }

    [Fact]
    public void Run_SameSeed_SameIndicesForAnyThreadCount()
    {
        var model = new AnalysisTestModels.NoisyLinear([1, 2], noise: 1);
        var one = SobolDesign.Run(model, [("y", null)], 512, seed: 3, bootstrap: 20, threads: 1)[0];
        var two = SobolDesign.Run(model, [("y", null)], 512, seed: 3, bootstrap: 20, threads: 2)[0];
        Assert.Equal(one, two);
    }

    [Fact]
    public void Run_OutputThatNeverVaries_IndicesAreUndefinedNotAnError()
    {
        // y = x1 + ε never reaches 1e9: the indicator is 0 in every row, variance 0, so there is no
        // share of variance to give; the total y (which varies) still gets its indices.
        var model = new AnalysisTestModels.NoisyLinear([1], noise: 1);
        var indices = SobolDesign.Run(model, [("y", 1e9), ("y", null)], samples: 256, seed: 5, bootstrap: 10);
        Assert.Empty(indices[0]);
        Assert.Single(indices[1]);
        Assert.Null(SobolEstimator.TryEstimate(["x"], [2.0, 2], [2.0, 2], [new double[] { 2, 2 }]));
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["x"], [2.0, 2], [2.0, 2], [new double[] { 2, 2 }]));
        Assert.Contains("does not vary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadArguments_Throw()
    {
        var model = new AnalysisTestModels.Ishigami();
        Assert.Throws<ArgumentException>(() => SobolDesign.Run(model, [("g", null)], 64, 1));
        Assert.ThrowsAny<ArgumentException>(() => SobolDesign.Run(model, [("f", null)], 8, 1));
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["x"], [1.0, 1], [1.0, 1], [new double[] { 1, 1 }]));
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["x", "y"], [1.0, 2], [1.0, 3], [new double[] { 1, 1 }]));
    }
}
