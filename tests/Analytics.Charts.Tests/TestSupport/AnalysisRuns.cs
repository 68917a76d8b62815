using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Simulation.Engine;

namespace Analytics.Charts.Tests.TestSupport;

/// <summary>Small runs of the analyses on the shipped scenario (few trials, coarse grids: fast, and every figure exists), shared by the adapter and report tests.</summary>
internal static class AnalysisRuns
{
    private static readonly SimulationOptions Small = new(2000, seed: 3, threads: 2);

    private static readonly Lazy<SplitResult> LazySplits = new(() => SplitAnalysis.Run(Runs.Plc, Small, step: 0.25));
    private static readonly Lazy<ResponseRobustnessResult> LazyRobustness = new(() => ResponseRobustness.Run(Runs.Plc, Small, [new ResponseChange("repurchase", ResponseKnob.Floor, 0.2)], step: 0.25));
    private static readonly Lazy<SensitivityResult> LazySensitivity = new(() => SensitivityAnalysis.Run(Runs.Plc, new SensitivityOptions(trials: 200, sobolSamples: 64, bootstrap: 20, seed: 3, threads: 2)));
    private static readonly Lazy<TriggerResult> LazyTrigger = new(() => TriggerAnalysis.Run(Runs.Plc, Small));
    private static readonly Lazy<GoalSeekResult> LazyGoalSeek = new(() => ScenarioGoalSeek.Solve(Runs.Plc, "newCustomers.*.winRate", 0.8, new SimulationOptions(1000, seed: 3, threads: 2)));
    private static readonly Lazy<BudgetResult> LazyBudget = new(() => BudgetAnalysis.Run(Runs.Plc, Small));

    /// <summary>The split grid at 25% (15 splits), 2000 trials.</summary>
    public static SplitResult Splits => LazySplits.Value;

    /// <summary>The response assumption as stated and with the repurchase floor 0.2 higher, at 25%.</summary>
    public static ResponseRobustnessResult Robustness => LazyRobustness.Value;

    /// <summary>Tornado (200 trials a run) and Sobol (N = 64).</summary>
    public static SensitivityResult Sensitivity => LazySensitivity.Value;

    /// <summary>The quarterly rule, 2000 trials.</summary>
    public static TriggerResult Trigger => LazyTrigger.Value;

    /// <summary>Goal seek on the mean new-customer win rate, 1000 trials an evaluation.</summary>
    public static GoalSeekResult GoalSeek => LazyGoalSeek.Value;

    /// <summary>The budget lines, 2000 trials.</summary>
    public static BudgetResult Budget => LazyBudget.Value;
}
