using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.TestSupport;

/// <summary>
/// Small runs of the analyses on the shipped scenario (few trials, coarse grids: fast, and every
/// figure exists), shared by the adapter, report and notebook-formatter tests. Each is computed on
/// first use only.
/// </summary>
internal static class AnalysisRuns
{
    /// <summary>Trials of the split, trigger and budget runs.</summary>
    public const int Trials = 2000;

    /// <summary>The seed of every run.</summary>
    public const ulong Seed = 3;

    private static readonly SimulationOptions Small = new(Trials, Seed, threads: 2);
    private static readonly SimulationOptions Tiny = new(1000, Seed, threads: 2);
    private static readonly Lazy<Scenario> LazyPlc = new(() => ScenarioLoader.Load(RepoPaths.Data("plc-2026", "scenario.json")));
    private static readonly Lazy<SplitSamples> LazySamples = new(() => SplitSamples.Simulate(LazyPlc.Value, Small));
    private static readonly Lazy<SplitResult> LazySplits = new(() => SplitAnalysis.Run(LazySamples.Value, 0.25, threads: 2));
    private static readonly Lazy<ResponseRobustnessResult> LazyRobustness = new(() => ResponseRobustness.Run(
        LazyPlc.Value, LazySamples.Value, [new ResponseChange("repurchase", ResponseKnob.Floor, 0.2), new ResponseChange("newProduct", ResponseKnob.Elasticity, Math.Log(2))], 0.25, threads: 2));
    private static readonly Lazy<SensitivityResult> LazySensitivity = new(() => SensitivityAnalysis.Run(LazyPlc.Value, new SensitivityOptions(trials: 200, sobolSamples: 64, bootstrap: 20, seed: Seed, threads: 2)));
    private static readonly Lazy<TriggerResult> LazyTrigger = new(() => TriggerAnalysis.Run(LazyPlc.Value, Small));
    private static readonly Lazy<GoalSeekResult> LazyGoalSeek = new(() => ScenarioGoalSeek.Solve(LazyPlc.Value, "newCustomers.*.winRate", 0.8, Tiny));
    private static readonly Lazy<GoalSeekResult> LazyOutOfReach = new(() => ScenarioGoalSeek.Solve(LazyPlc.Value, "repurchase.tierC.renewalProbability", 0.8, Tiny));
    private static readonly Lazy<BudgetResult> LazyBudget = new(() => BudgetAnalysis.Run(LazyPlc.Value, Small));

    /// <summary>The split draws (2000 trials).</summary>
    public static SplitSamples Samples => LazySamples.Value;

    /// <summary>The split grid at 25% (15 splits).</summary>
    public static SplitResult Splits => LazySplits.Value;

    /// <summary>The response assumption as stated, with the repurchase floor 0.2 higher, and with the new product's elasticity odds doubled, at 25%.</summary>
    public static ResponseRobustnessResult Robustness => LazyRobustness.Value;

    /// <summary>Tornado (200 trials a run) and Sobol (N = 64).</summary>
    public static SensitivityResult Sensitivity => LazySensitivity.Value;

    /// <summary>The quarterly rule.</summary>
    public static TriggerResult Trigger => LazyTrigger.Value;

    /// <summary>Goal seek on the mean new-customer win rate, 1000 trials an evaluation (80% is reachable).</summary>
    public static GoalSeekResult GoalSeek => LazyGoalSeek.Value;

    /// <summary>Goal seek on the tier-C renewal probability (15 customers of about 10 萬元 each: 80% is out of reach).</summary>
    public static GoalSeekResult GoalSeekOutOfReach => LazyOutOfReach.Value;

    /// <summary>The budget lines.</summary>
    public static BudgetResult Budget => LazyBudget.Value;
}
