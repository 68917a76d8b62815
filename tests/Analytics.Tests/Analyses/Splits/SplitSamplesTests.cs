using Analytics.Analyses.Splits;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Analyses.Splits;

public class SplitSamplesTests
{
    /// <summary>
    /// A split problem solved by hand: X_k(s) = c_k M sqrt(s_k / s0_k) (floor 0, elasticity 1/2),
    /// M a common lognormal factor. The total is M·g(s), g(s) = Σ a_k sqrt(s_k), a_k = c_k/sqrt(s0_k),
    /// whose maximum on the simplex is at s_k = a_k² / Σ a² (Lagrange). With a² ∝ (0.5, 0.3, 0.2)
    /// that is the grid point 50/30/20, and on the same draws P(total >= T) = P(M >= T/g(s)) is an
    /// increasing function of g, so the grid's best split is exactly that point, whatever the noise.
    /// </summary>
    private static SplitSamples HandSolvable(int n, out double pAtBest) => HandSolvable(n, out pAtBest, out _, out _);

    private static SplitSamples HandSolvable(int n, out double pAtBest, out double[] c, out double[] m)
    {
        double[] s0 = [0.36, 0.44, 0.20];
        double[] w = [0.5, 0.3, 0.2];
        const double K = 1000; // g* = Σ a_k sqrt(s*_k) = K Σ w_k = K
        var cs = w.Select((wk, k) => K * Math.Sqrt(wk * s0[k])).ToArray();
        var ms = AnalysisTestModels.Draws(n, 5, LogNormal.FromMeanCv(1, 0.2));
        (c, m) = (cs, ms);
        var revenues = cs.Select(ck => (ReadOnlyMemory<double>)ms.Select(x => ck * x).ToArray()).ToArray();
        var half = Enumerable.Repeat(0.5, n).ToArray();
        const double T = 1000;
        pAtBest = 1 - LogNormal.FromMeanCv(1, 0.2).Cdf(T / K); // P(M >= 1)
        return new SplitSamples(["r", "n", "p"], revenues, T, new Split(s0), ([0.0, 0, 0], [half, half, half]), [0.35, 0.35, 0.5]);
    }

    [Fact]
    public void Run_HandSolvableResponse_BestSplitIsTheLagrangeOptimum()
    {
        const int n = 20_000;
        var samples = HandSolvable(n, out var exact);
        var result = SplitAnalysis.Run(samples, 0.05, threads: 2);
        Assert.Equal(new Split([0.5, 0.3, 0.2]), result.Best.Split);
        // P(M >= 1) for M lognormal (mean 1, cv 0.2) is 0.4602; 4 binomial SE (0.0035 each) of tolerance.
        Assert.InRange(result.Best.ProbabilityOfTarget.Value, exact - (4 * result.Best.ProbabilityOfTarget.StandardError), exact + (4 * result.Best.ProbabilityOfTarget.StandardError));
        Assert.Equal(231, result.Grid.Count);
        Assert.True(result.HasResponse);
        // The plan's split gives g = Σ c_k = K Σ sqrt(w_k s0_k), less than K: a lower P, paired CI above 0.
        Assert.True(result.BestVersusPlan.ProbabilityDifference.Lower95 > 0);
        Assert.Equal(1, result.BestVersusPlan.ProbabilityFirstBeats.Value); // M·g* > M·g(plan) in every trial
    }

    [Fact]
    public void Evaluate_PlanSplit_FactorOneLeavesTheDrawsAlone()
    {
        // At the plan's split the factor is exactly 1: each trial's total is c_0 M + c_1 M + c_2 M,
        // the draws themselves summed in stream order, bit for bit. Elsewhere stream k's revenue is
        // c_k M sqrt(s_k / s0_k) (floor 0, elasticity 1/2), up to rounding (exp of a log against a sqrt).
        var samples = HandSolvable(1000, out _, out var c, out var m);
        Assert.Equal(m.Select(x => (c[0] * x) + (c[1] * x) + (c[2] * x)), samples.Totals(samples.Plan));
        var best = new Split([0.5, 0.3, 0.2]);
        double[] s0 = [0.36, 0.44, 0.20];
        for (var k = 0; k < 3; k++)
        {
            var revenue = samples.StreamRevenue(best, k);
            var ratio = Math.Sqrt(best[k] / s0[k]);
            Assert.All(m.Zip(revenue), p => Assert.Equal(c[k] * p.First * ratio, p.Second, 1e-12 * c[k] * p.First));
        }

        var zero = samples.StreamRevenue(new Split([0, 0.5, 0.5]), 0);
        Assert.All(zero, v => Assert.Equal(0, v)); // floor 0: no effort, no revenue
    }

    [Fact]
    public void Evaluate_NullOrWrongLengthSplit_ArgumentErrorNotACrash()
    {
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2 }, new double[] { 3, 4 }], 5, new Split([0.5, 0.5]));
        Assert.Throws<ArgumentNullException>(() => samples.Evaluate(null!));
        Assert.Contains("one share per stream (2", Assert.Throws<ArgumentException>(() => samples.Evaluate(new Split([1.0]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoResponseAndAZeroPlanShare_OnlySubTargetsMove()
    {
        // Without a response model a split changes no revenue, even against a plan share of 0.
        var samples = new SplitSamples(["a", "b"], [new double[] { 1, 2 }, new double[] { 3, 4 }], 5, new Split([0.0, 1.0]));
        Assert.Equal([4.0, 6], samples.Totals(new Split([0.5, 0.5])));
        Assert.Equal([1.0, 2], samples.StreamRevenue(new Split([0.5, 0.5]), 0));
        Assert.Equal(0.5, samples.Evaluate(new Split([0.5, 0.5])).ProbabilityOfTarget.Value); // 6 >= 5 in one trial of two
    }

    [Fact]
    public void Create_BadSamples_Throw()
    {
        ReadOnlyMemory<double>[] one = [new double[] { 1, 2 }];
        Assert.Throws<ArgumentException>(() => new SplitSamples(["a", "b"], one, 1, new Split([0.5, 0.5])));
        Assert.ThrowsAny<ArgumentException>(() => new SplitSamples(["a"], one, 0, new Split([1.0])));
        Assert.Throws<ArgumentException>(() => new SplitSamples(["a"], one, 1, new Split([1.0]), ([0.5], [new double[] { 0.5 }])));
        Assert.ThrowsAny<ArgumentException>(() => new SplitSamples(["a"], one, 1, new Split([1.0]), ([0.5], [new double[] { 0.5, 1.5 }])));
        var ok = new SplitSamples(["a"], one, 1, new Split([1.0]));
        Assert.Throws<ArgumentException>(() => ok.Totals(new Split([0.5, 0.5])));
    }
}
