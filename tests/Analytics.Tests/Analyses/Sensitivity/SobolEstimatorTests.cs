using Analytics.Analyses.Sensitivity;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Analyses.Sensitivity;

public class SobolEstimatorTests
{
    [Fact]
    public void Estimate_TwoRows_HandComputedIndices()
    {
        // f(A) = (1, 3), f(B) = (2, 4), f(A_B) = (2, 3). Pooled mean m = 2.5; variance
        // (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3. First order: mean((f(B) − m)(f(A_B) − f(A)))
        // = ((−0.5)(1) + (1.5)(0)) / 2 = −0.25, S = −0.25 / (5/3) = −0.15. Total: mean((f(A) − f(A_B))²)/2
        // = (1 + 0) / 4 = 0.25, ST = 0.15.
        var index = Assert.Single(SobolEstimator.Estimate(["x"], [1, 3], [2, 4], [[2, 3]], bootstrap: 0));
        Assert.Equal("x", index.Input);
        Assert.Equal(-0.15, index.FirstOrder.Value, 12);
        Assert.Equal(0.15, index.TotalOrder.Value, 12);
    }

    [Fact]
    public void Estimate_NoBootstrap_ZeroErrorAndPointIntervals()
    {
        var index = SobolEstimator.Estimate(["x"], [1, 3], [2, 4], [[2, 3]], bootstrap: 0)[0];
        Assert.Equal(0, index.FirstOrder.StandardError);
        Assert.Equal((index.FirstOrder.Value, index.FirstOrder.Value), index.FirstOrderInterval);
        Assert.Equal((index.TotalOrder.Value, index.TotalOrder.Value), index.TotalOrderInterval);
    }

    /// <summary>
    /// f(x) = x1 + 2 x2 + 0·x3 with independent U(0, 1) inputs: Var f = 1/12 + 4/12 = 5/12, so
    /// S1 = ST1 = 1/5, S2 = ST2 = 4/5 and S3 = ST3 = 0 (additive: no interactions).
    /// </summary>
    [Fact]
    public void Estimate_AdditiveModel_ClosedFormIndicesWithinFiveBootstrapErrors()
    {
        const int n = 20_000;
        var rng = new Xoshiro256StarStar(42);
        double[][] a = [.. Enumerable.Range(0, n).Select(_ => new[] { rng.NextDouble(), rng.NextDouble(), rng.NextDouble() })];
        double[][] b = [.. Enumerable.Range(0, n).Select(_ => new[] { rng.NextDouble(), rng.NextDouble(), rng.NextDouble() })];
        static double F(double[] x) => x[0] + (2 * x[1]);
        var fAB = Enumerable.Range(0, 3).Select(i => a.Select((row, j) =>
        {
            var mixed = (double[])row.Clone();
            mixed[i] = b[j][i];
            return F(mixed);
        }).ToArray()).ToArray();
        var indices = SobolEstimator.Estimate(["x1", "x2", "x3"], a.Select(F).ToArray(), b.Select(F).ToArray(), fAB, bootstrap: 200, seed: 3);
        double[] exact = [0.2, 0.8, 0];
        for (var i = 0; i < 3; i++)
        {
            var (s, st) = (indices[i].FirstOrder, indices[i].TotalOrder);
            Assert.True(i == 2 || s.StandardError > 0);
            Assert.InRange(s.Value, exact[i] - (5 * s.StandardError) - 1e-12, exact[i] + (5 * s.StandardError) + 1e-12);
            Assert.InRange(st.Value, exact[i] - (5 * st.StandardError) - 1e-12, exact[i] + (5 * st.StandardError) + 1e-12);
            Assert.True(indices[i].FirstOrderInterval.Lower <= indices[i].FirstOrderInterval.Upper);
        }

        // x3 changes nothing: f(A_B^3) = f(A) in every row, so its indices are exactly 0, in every replicate too.
        Assert.Equal(0, indices[2].TotalOrder.Value);
        Assert.Equal(0, indices[2].FirstOrder.Value);
        Assert.Equal(0, indices[2].FirstOrder.StandardError);
    }

    [Fact]
    public void Estimate_SameSeed_SameErrors()
    {
        double[] fA = [1, 5, 2, 8, 3];
        double[] fB = [4, 2, 7, 1, 6];
        double[][] fAB = [[2, 5, 3, 7, 3]];
        var first = SobolEstimator.Estimate(["x"], fA, fB, fAB, bootstrap: 50, seed: 9)[0];
        var second = SobolEstimator.Estimate(["x"], fA, fB, fAB, bootstrap: 50, seed: 9)[0];
        Assert.Equal(first, second);
    }

    [Fact]
    public void TryEstimate_OutputConstant_Null()
        => Assert.Null(SobolEstimator.TryEstimate(["x"], [5, 5, 5], [5, 5, 5], [[5, 5, 5]]));

    [Fact]
    public void Estimate_OutputConstant_ThrowsSayingWhy()
        => Assert.Contains("does not vary", Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["x"], [5, 5], [5, 5], [[1, 2]])).Message, StringComparison.Ordinal);

    [Fact]
    public void TryEstimate_OneRow_Throws()
        => Assert.Throws<ArgumentException>(() => SobolEstimator.TryEstimate(["x"], [1], [2], [[3]]));

    [Fact]
    public void TryEstimate_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => SobolEstimator.TryEstimate(["x"], [], [], [[]]));

    [Fact]
    public void TryEstimate_LengthsDiffer_ThrowsNamingThem()
    {
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.TryEstimate(["x"], [1, 2, 3], [1, 2], [[1, 2, 3]]));
        Assert.Contains("had 3, 2 and [3]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryEstimate_ColumnPerInputMissing_Throws()
        => Assert.Throws<ArgumentException>(() => SobolEstimator.TryEstimate(["x", "y"], [1, 2], [3, 4], [[1, 2]]));

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void TryEstimate_BootstrapOutOfRange_Throws(int bootstrap)
        => Assert.Throws<ArgumentOutOfRangeException>(() => SobolEstimator.TryEstimate(["x"], [1, 3], [2, 4], [[2, 3]], bootstrap));

    [Fact]
    public void TryEstimate_NullInputs_Throws()
        => Assert.Throws<ArgumentNullException>(() => SobolEstimator.TryEstimate(null!, [1, 3], [2, 4], [[2, 3]]));
}
