using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Splits;

public class ResponseRobustnessTests
{
    private static readonly Lazy<Scenario> Plc = new(() => ScenarioLoader.Load(ScenarioFiles.Plc));

    /// <summary>
    /// X_k(s) = c_k M (f_k + (1 − f_k) sqrt(s_k / s0_k)) with M a common lognormal factor: the total is
    /// M·g(s) with g = const + Σ (1 − f_k) a_k sqrt(s_k), a_k = c_k / sqrt(s0_k), maximal on the simplex at
    /// s_k ∝ ((1 − f_k) a_k)² (Lagrange), and P(total >= T) rises with g on the same draws. With
    /// a_k² ∝ (0.5, 0.3, 0.2) and floors 0 the best split is 50/30/20; raising stream 0's floor to
    /// 1 − 1/√3 multiplies its weight by 1/3: (1/6, 0.3, 0.2) normalised is 25/45/30, again a grid point.
    /// </summary>
    private static SplitSamples HandSolvable(int n)
    {
        double[] s0 = [0.36, 0.44, 0.20];
        double[] w = [0.5, 0.3, 0.2];
        var c = w.Select((wk, k) => 1000 * Math.Sqrt(wk * s0[k])).ToArray();
        var rng = new Xoshiro256StarStar(5);
        var m = new double[n];
        LogNormal.FromMeanCv(1, 0.2).Samples(ref rng, m);
        var revenues = c.Select(ck => (ReadOnlyMemory<double>)m.Select(x => ck * x).ToArray()).ToArray();
        var half = Enumerable.Repeat(0.5, n).ToArray();
        return new SplitSamples(["r", "n", "p"], revenues, 1000, new Split(s0), ([0.0, 0, 0], [half, half, half]), [0.35, 0.35, 0.5]);
    }

    private static Scenario HandScenario()
    {
        // Only the response section is read for the stated floors and elasticity means.
        var scenario = Plc.Value;
        var response = scenario.Analysis.Response.Select(r => r with { Floor = 0, Elasticity = ScalarInput.Fixed(r.Elasticity.Name, 0.5) }).ToArray();
        var streams = scenario.Streams.Select((s, i) => s with { Name = new[] { "r", "n", "p" }[i] }).ToArray();
        return scenario with { Streams = streams, Analysis = scenario.Analysis with { Response = response.Select((r, i) => r with { Stream = streams[i].Name }).ToArray() } };
    }

    [Fact]
    public void Run_HandSolvable_BestMovesToTheLagrangeOptimumOfTheChangedFloor()
    {
        var samples = HandSolvable(20_000);
        var change = new ResponseChange("r", ResponseKnob.Floor, 1 - (1 / Math.Sqrt(3)));
        var result = ResponseRobustness.Run(HandScenario(), samples, [change], 0.05, threads: 2);
        Assert.Equal(new Split([0.5, 0.3, 0.2]), result.AsStated.Best.Split);
        Assert.Equal(new Split([0.25, 0.45, 0.30]), Assert.Single(result.Variants).Best.Split);
        Assert.Equal(2, result.Versions);
        Assert.Equal(2, result.DistinctBest);
        Assert.Equal([0.0, 0, 0], result.AsStated.Floors);
        Assert.Equal(1 - (1 / Math.Sqrt(3)), result.Variants[0].Floors[0], 12);
        Assert.Equal(0.5, result.Variants[0].ElasticityMeans[0], 12);

        // r: plan 36%, best 50% then 25%: one higher, one lower. p: plan 20%, best 20% then 30%.
        Assert.Equal((1, 0, 1, 0.25, 0.5), (result.Shifts[0].Lower, result.Shifts[0].Same, result.Shifts[0].Higher, result.Shifts[0].Smallest, result.Shifts[0].Largest));
        Assert.False(result.Shifts[0].OneSided);
        Assert.Equal((0, 1, 1), (result.Shifts[2].Lower, result.Shifts[2].Same, result.Shifts[2].Higher));
        Assert.Equal(1, result.AsStated.BestVersusPlan.ProbabilityFirstBeats.Value); // M·g* > M·g(plan) in every trial
    }

    [Fact]
    public void Run_Plc_StatedBestIsTheSplitAnalysisBestOnTheSameDraws()
    {
        var samples = SplitSamples.Simulate(Plc.Value, new SimulationOptions(4000, seed: 11, threads: 2));
        var full = SplitAnalysis.Run(samples, 0.1, threads: 2);
        var robust = ResponseRobustness.Run(Plc.Value, samples, [new ResponseChange("newProduct", ResponseKnob.Elasticity, Math.Log(2))], 0.1, threads: 2);
        Assert.Equal(full.Best.Split, robust.AsStated.Best.Split);
        Assert.Equal(full.Best.ProbabilityOfTarget, robust.AsStated.Best.ProbabilityOfTarget);
        Assert.Equal(full.BestVersusPlan, robust.AsStated.BestVersusPlan);
        Assert.Equal((full.Plan.Split, full.Plan.ProbabilityOfTarget, full.Plan.ExpectedRevenue), (robust.Plan.Split, robust.Plan.ProbabilityOfTarget, robust.Plan.ExpectedRevenue));

        // The changed version is the split analysis of the changed draws.
        var changed = SplitAnalysis.Run(samples.With(robust.Variants[0].Change!), 0.1, threads: 2);
        Assert.Equal(changed.Best.Split, robust.Variants[0].Best.Split);
        Assert.Equal(changed.Best.ProbabilityOfTarget, robust.Variants[0].Best.ProbabilityOfTarget);
    }

    [Theory]
    [InlineData(ResponseKnob.Floor, 0.2)]
    [InlineData(ResponseKnob.Elasticity, -0.69314718055994529)]
    public void With_Change_SameDrawsAsSimulatingTheChangedScenario(ResponseKnob knob, double shift)
    {
        var options = new SimulationOptions(3000, seed: 4, threads: 2);
        var change = new ResponseChange("repurchase", knob, shift);
        var reweighted = SplitSamples.Simulate(Plc.Value, options).With(change);
        var simulated = SplitSamples.Simulate(change.Apply(Plc.Value), options);
        var split = new Split([0.2, 0.5, 0.3]);
        Assert.Equal(simulated.Totals(split), reweighted.Totals(split));
    }

    [Fact]
    public void With_SamplesWithoutResponse_Throws()
    {
        var samples = new SplitSamples(["a"], [new double[] { 1, 2 }], 1, new Split([1.0]));
        Assert.Throws<ArgumentException>(() => samples.With(new ResponseChange("a", ResponseKnob.Floor, 0.1)));
    }

    [Fact]
    public void Run_SamplesOfAnotherScenario_Throws()
    {
        var samples = new SplitSamples(["a"], [new double[] { 1, 2 }], 1, new Split([1.0]));
        var e = Assert.Throws<ArgumentException>(() => ResponseRobustness.Run(Plc.Value, samples));
        Assert.Contains("no response model", e.Message, StringComparison.Ordinal);
    }
}
