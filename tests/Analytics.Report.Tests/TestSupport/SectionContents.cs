using Analytics.Analyses.Tracking;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>The content the section tests write from: the shipped plan alone, and with a small run of the shipped scenario.</summary>
internal static class SectionContents
{
    private static readonly Lazy<ReportContent> LazyPlanOnly = new(() => ReportContent.FromPlan(Shipped.Plan));
    private static readonly Lazy<ReportContent> LazySimulated = new(() => PlanOnly.WithSimulation(
        ScenarioRuns.Match(PlanOnly.Decomposition), ScenarioRuns.Result, ScenarioNotes.Load(ScenarioRuns.Plc, ScenarioRuns.PlcPath)));

    private static readonly Lazy<TrackingResult> LazyShippedYear = new(() => Track(
        ActualsCsv.Load(Path.Combine(RepoPaths.ShippedPlan, "actuals.csv"), Shipped.Plan),
        PipelineCsv.Load(Path.Combine(RepoPaths.ShippedPlan, "pipeline.csv"), Shipped.Plan)));

    private static readonly Lazy<TrackingResult> LazyFarBelow = new(() => Track(
        ActualsCsv.Read(CsvTable.Parse("month,line,amount\n" + string.Concat(Enumerable.Range(1, 6).Select(m => $"2026-0{m},repurchase,1\n2026-0{m},new_customers,1\n2026-0{m},new_product,0\n")), "far-below.csv", ActualsCsv.Schema), Shipped.Plan),
        Analytics.Tracking.Pipeline.Empty));

    /// <summary>The tracking analysis of the shipped sample year (actuals.csv and pipeline.csv through June), 4,000 trials, seed 5.</summary>
    public static TrackingResult ShippedYear => LazyShippedYear.Value;

    /// <summary>The tracking analysis of a year far below the plan (1 萬元 a month of two lines, nothing of the new product), outside the scenario; 4,000 trials, seed 5.</summary>
    public static TrackingResult FarBelow => LazyFarBelow.Value;

    /// <summary>The tracking analysis's options of <see cref="ShippedYear"/> and <see cref="FarBelow"/>.</summary>
    public static SimulationOptions TrackingOptions { get; } = new(4000, seed: 5, threads: 2);

    private static TrackingResult Track(Analytics.Tracking.Actuals actuals, Analytics.Tracking.Pipeline pipeline)
        => TrackingAnalysis.Run(Shipped.Decomposition, actuals, pipeline, ScenarioRuns.Match(Shipped.Decomposition), TrackingOptions);

    /// <summary>The shipped plan alone: decomposition, audit, growth justification.</summary>
    public static ReportContent PlanOnly => LazyPlanOnly.Value;

    /// <summary>The shipped plan with <see cref="ScenarioRuns.Result"/> (8,192 trials, seed 7) and plc-2026's notes.</summary>
    public static ReportContent Simulated => LazySimulated.Value;
}
