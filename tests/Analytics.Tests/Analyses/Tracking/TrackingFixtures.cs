using Analytics.Analyses.Tracking;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Tracking;

/// <summary>The shipped plan's scenario checked against the plan, and one small set of its prior trials, shared by the tracking tests.</summary>
internal static class TrackingFixtures
{
    /// <summary>Prior trials of the shipped runs: two blocks.</summary>
    public const int Trials = 8192;

    private static readonly Lazy<ScenarioPlanMatch> LazyMatch = new(() => ScenarioPlanMatch.Check(ScenarioLoader.Load(ScenarioFiles.Plc), Shipped.Decomposition, ScenarioFiles.Plc));
    private static readonly Lazy<PriorTrials> LazyPrior = new(() => PriorTrials.Simulate(LazyMatch.Value.Scenario, new SimulationOptions(Trials, seed: 4, threads: 2)));
    private static readonly Lazy<TrackingResult> LazyShipped = new(() => TrackingAnalysis.Run(Shipped.Decomposition, YearRecords.ShippedActuals, PipelineBinding.Bind(Match, YearRecords.ShippedPipeline, 6), Match, Prior, threads: 2));

    /// <summary>plc-2026's scenario against the shipped plan.</summary>
    public static ScenarioPlanMatch Match => LazyMatch.Value;

    /// <summary>8,192 prior trials of it, seed 4.</summary>
    public static PriorTrials Prior => LazyPrior.Value;

    /// <summary>The analysis of the shipped sample year on those trials.</summary>
    public static TrackingResult ShippedYear => LazyShipped.Value;
}
