using Analytics.Analyses.Trigger;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Trigger;

public class TriggerAnalysisTests
{
    private static readonly double[] Quarters = [0.18, 0.24, 0.30, 0.28];

    [Fact]
    public void Run_FixedPhasingNormalTotal_FiresExactlyWhenTheYearIsUnderEightyPercent()
    {
        // Fixed phasing: quarter q books share_q · X, its target is share_q · T, so the rule fires in
        // every quarter iff X < 0.8 T: P = Φ((4000 − 4700)/800) = Φ(−0.875) = 0.1908. A firing means
        // the year is lost (X < 0.8 T < T); without one P(hit) = P(X >= T)/P(X >= 0.8 T) = 0.4372.
        const int n = 20_000;
        var scenario = AnalysisTestModels.NormalScenario(5000, 4700, 800, new AnalysisSections([], [], new PhasingSpec(PhasingSpec.FromQuarters(Quarters), []), null, []));
        var result = TriggerAnalysis.Run(scenario, new SimulationOptions(n, seed: 12, threads: 2));
        var exact = AnalysisTestModels.Phi(-0.875);
        foreach (var q in result.Quarters)
        {
            // 4 binomial SE (sqrt(0.19 · 0.81 / 20000) = 0.0028).
            Assert.InRange(q.Firing.Value, exact - (4 * q.Firing.StandardError), exact + (4 * q.Firing.StandardError));
            Assert.Equal(result.Quarters[0].Firing.Value, q.Firing.Value, 1.0 / n);
            Assert.Equal(0, q.HitGivenFired!.Value);
            var notFired = (1 - AnalysisTestModels.Phi(0.375)) / (1 - exact);
            Assert.InRange(q.HitGivenNotFired!.Value, notFired - (4 * q.HitGivenNotFired.StandardError), notFired + (4 * q.HitGivenNotFired.StandardError));
            Assert.Equal(5000 * Quarters[q.Quarter - 1], q.Target, 9);
        }

        // The fan: cumulative revenue at month m is X times the cumulative share; its median is 4700 times it.
        Assert.Equal(5000, result.Fan.TargetPath[11], 9);
        Assert.Equal(4700 * 0.42, result.Fan.P50[5], 4 * 800 * 0.42 * 1.2533 / Math.Sqrt(n)); // SE of a median: 1.2533 σ/√n
        Assert.Null(result.Policy);
        Assert.Equal(0.8, result.Threshold);
    }

    [Fact]
    public void Run_Replan_AfterAFiringLaterQuartersMeetTheRestOfTheTarget()
    {
        // Fixed phasing again: after a Q1 firing (X < 0.8T) the re-phased Q2 target is
        // 0.24/0.82 · (T − 0.18 X), and Q2 fires iff X < 0.8 T / 0.964: always, given X < 0.8 T.
        // Without a Q1 firing nothing is re-phased and Q2 fires iff X < 0.8 T, i.e. never.
        var scenario = AnalysisTestModels.NormalScenario(5000, 4700, 800, new AnalysisSections([], [], new PhasingSpec(PhasingSpec.FromQuarters(Quarters), []), null, []));
        var result = TriggerAnalysis.Run(scenario, new SimulationOptions(5000, seed: 1, threads: 2));
        Assert.Equal(result.Quarters[0].Firing.Value, result.Quarters[1].FiringWithReplan.Value, 12);
    }

    [Fact]
    public void Run_PolicyOnALinearModel_HitGivenItActsAndGivenItDoesNotInClosedForm()
    {
        // Total = X + 20000 p, X ~ N(2700, 800), p a constant 0.1: N(4700, 800) as above, fixed phasing.
        // The rule fires in Q1 (so the policy acts) iff the total < 0.8 T = 4000: P = Φ(−0.875) = 0.1908.
        // The push (p + 0.1) adds 2000 over the year, 0.82 · 2000 = 1640 in the months after Q1, so
        // where it acts it hits iff total ∈ [3360, 4000): P = (Φ(−0.875) − Φ(−1.675)) / Φ(−0.875)
        // = 0.754, against 0 without it. Where it does not act: P(total >= 5000 | total >= 4000) =
        // (1 − Φ(0.375)) / (1 − Φ(−0.875)) = 0.437. Tolerances: 4 binomial SEs of each conditional share.
        const int n = 20_000;
        var p = new ScalarInput("p", new Constant(0.1));
        var sections = new AnalysisSections([], [], new PhasingSpec(PhasingSpec.FromQuarters(Quarters), []), new TriggerSpec(0.8, false, new PolicyBoost("p", 0.1)), []);
        var scenario = new Scenario("linear", null, 5000, [new ScenarioStream("only", 5000, null, [new AnalysisTestModels.NormalComponent("only.x", 2700, 800), new AnalysisTestModels.InputComponent("only.p", p, 20_000)])], [], "linear") { Analysis = sections };
        var policy = TriggerAnalysis.Run(scenario, new SimulationOptions(n, seed: 12, threads: 2)).Policy!;
        var acts = AnalysisTestModels.Phi(-0.875);
        var (whenActs, whenIdle) = (policy.WhenActs, policy.WhenIdle);
        Assert.Equal(n, whenActs.Trials + whenIdle.Trials);
        Assert.Equal(policy.FiresByQ3.Value, (double)whenActs.Trials / n, 12);
        Assert.Equal(acts, (double)whenActs.Trials / n, 4 * Math.Sqrt(acts * (1 - acts) / n));
        var hitActs = (acts - AnalysisTestModels.Phi(-1.675)) / acts;
        Assert.Equal(hitActs, whenActs.With!.Value, 4 * whenActs.With.StandardError);
        Assert.Equal(0, whenActs.Without!.Value); // every acting year is under 4000 of a 5000 target
        var hitIdle = (1 - AnalysisTestModels.Phi(0.375)) / (1 - acts);
        Assert.Equal(hitIdle, whenIdle.With!.Value, 4 * whenIdle.With.StandardError);
        Assert.Equal(whenIdle.With, whenIdle.Without);
        // The whole gain is in the acting years: With − Without = P(acts) (P(hit | acts, with) − P(hit | acts, without)).
        Assert.Equal(policy.With.Value - policy.Without.Value, whenActs.Trials * (whenActs.With.Value - whenActs.Without.Value) / n, 12);
    }

    [Fact]
    public void Run_PlcScenario_PolicyNeverLosesAndNewProductStartsLate()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var result = TriggerAnalysis.Run(scenario, new SimulationOptions(4000, seed: 6, threads: 2));
        var policy = result.Policy!;
        // The push raises the benchmark rate on the same uniforms (inversion), so it loses revenue in no
        // trial: on average it gains, and P(hit) with it is at least P(hit) without it, in total and
        // within the years it acts in (the years it does not act in are unchanged).
        Assert.True(policy.Value.MeanDifference.Value > 0);
        Assert.True(policy.Value.ProbabilityDifference.Value >= 0);
        Assert.True(policy.WhenActs.With!.Value >= policy.WhenActs.Without!.Value);
        Assert.Equal(policy.WhenIdle.With, policy.WhenIdle.Without);
        Assert.Equal(policy.With.Value - policy.Without.Value, policy.Value.ProbabilityDifference.Value, 12);
        Assert.True(policy.PushAllYear.MeanDifference.Value >= policy.Value.MeanDifference.Value);
        Assert.InRange(policy.FiresByQ3.Value, result.Quarters[0].Firing.Value, 1);
        Assert.Equal(3, result.Timing.Count);
        Assert.Contains("DiscreteUniform(4, 9)", result.Timing[2], StringComparison.Ordinal);
        Assert.Equal([900.0, 1200, 1500, 1400], result.Quarters.Select(q => Math.Round(q.Target, 9)));
        Assert.Equal(result.Fan.TargetPath, result.Fan.TargetPath.Order());
        Assert.All(result.Quarters, q => Assert.True(q.HitByCompletion.Sum(b => b.Trials) == 4000));
    }

    [Fact]
    public void Run_NoPhasingSection_ThrowsSayingWhatIsMissing()
    {
        var seed = ScenarioLoader.Load(ScenarioFiles.Seed);
        var e = Assert.Throws<ArgumentException>(() => TriggerAnalysis.Run(seed, new SimulationOptions(100)));
        Assert.Contains("\"phasing\"", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => TriggerAnalysis.Run(ScenarioLoader.Load(ScenarioFiles.Plc), new SimulationOptions(100), threshold: 0));
    }
}
