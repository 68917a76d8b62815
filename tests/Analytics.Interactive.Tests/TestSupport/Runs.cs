using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.TestSupport;

/// <summary>Small runs of the shipped scenario (three blocks: fast, and enough for a block-based LHS error), shared by the tests.</summary>
internal static class Runs
{
    public const int Trials = 3 * SimulationEngine.BlockSize;

    private static readonly Lazy<Scenario> LazyPlc = new(() => ScenarioLoader.Load(RepoPaths.Data("scenarios", "plc-2026.json")));
    private static readonly Lazy<SimulationResult> LazyMc = new(() => SimulationEngine.Run(new RecordingModel(new ScenarioModel(LazyPlc.Value), [], ["market"]), new SimulationOptions(Trials, seed: 9, threads: 2)));
    private static readonly Lazy<SimulationResult> LazyLhs = new(() => SimulationEngine.Run(new ScenarioModel(LazyPlc.Value), new SimulationOptions(Trials, seed: 9, threads: 2, sampler: SamplerKind.LatinHypercube)));

    public static Scenario Plc => LazyPlc.Value;

    /// <summary>Monte Carlo, with the market factor recorded as an output.</summary>
    public static SimulationResult Mc => LazyMc.Value;

    public static SimulationResult Lhs => LazyLhs.Value;

    private static readonly SimulationOptions Small = new(2000, seed: 4, threads: 2);
    private static readonly Lazy<SplitSamples> LazySamples = new(() => SplitSamples.Simulate(LazyPlc.Value, Small));
    private static readonly Lazy<SplitResult> LazySplits = new(() => SplitAnalysis.Run(LazySamples.Value, step: 0.25, threads: 2));
    private static readonly Lazy<ResponseRobustnessResult> LazyRobustness = new(() => ResponseRobustness.Run(LazyPlc.Value, LazySamples.Value, [new ResponseChange("newProduct", ResponseKnob.Elasticity, Math.Log(2))], 0.25, threads: 2));
    private static readonly Lazy<SensitivityResult> LazySensitivity = new(() => SensitivityAnalysis.Run(LazyPlc.Value, new SensitivityOptions(trials: 200, sobolSamples: 64, bootstrap: 20, seed: 4, threads: 2)));
    private static readonly Lazy<TriggerResult> LazyTrigger = new(() => TriggerAnalysis.Run(LazyPlc.Value, Small));
    private static readonly Lazy<GoalSeekResult> LazyReachable = new(() => ScenarioGoalSeek.Solve(LazyPlc.Value, "newCustomers.*.winRate", 0.8, new SimulationOptions(1000, seed: 4, threads: 2)));
    private static readonly Lazy<GoalSeekResult> LazyOutOfReach = new(() => ScenarioGoalSeek.Solve(LazyPlc.Value, "repurchase.tierC.renewalProbability", 0.8, new SimulationOptions(1000, seed: 4, threads: 2)));
    private static readonly Lazy<BudgetResult> LazyBudget = new(() => BudgetAnalysis.Run(LazyPlc.Value, Small));

    /// <summary>Split draws, 2000 trials.</summary>
    public static SplitSamples Samples => LazySamples.Value;

    /// <summary>The split grid at 25%.</summary>
    public static SplitResult Splits => LazySplits.Value;

    /// <summary>The response assumption as stated and with the new product's elasticity odds doubled.</summary>
    public static ResponseRobustnessResult Robustness => LazyRobustness.Value;

    /// <summary>Tornado (200 trials a run) and Sobol (N = 64).</summary>
    public static SensitivityResult Sensitivity => LazySensitivity.Value;

    /// <summary>The quarterly rule, 2000 trials.</summary>
    public static TriggerResult Trigger => LazyTrigger.Value;

    /// <summary>Goal seek on the mean new-customer win rate (80% is reachable).</summary>
    public static GoalSeekResult Reachable => LazyReachable.Value;

    /// <summary>Goal seek on the tier-C renewal probability (15 customers of 10 萬元: 80% is out of reach).</summary>
    public static GoalSeekResult OutOfReach => LazyOutOfReach.Value;

    /// <summary>The budget, 2000 trials.</summary>
    public static BudgetResult Budget => LazyBudget.Value;
}
