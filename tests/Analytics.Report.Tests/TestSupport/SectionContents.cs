using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>The content the section tests write from: the shipped plan alone, and with a small run of the shipped scenario.</summary>
internal static class SectionContents
{
    private static readonly Lazy<ReportContent> LazyPlanOnly = new(() => ReportContent.FromPlan(Shipped.Plan));
    private static readonly Lazy<ReportContent> LazySimulated = new(() => PlanOnly.WithSimulation(
        ScenarioRuns.Match(PlanOnly.Decomposition), ScenarioRuns.Result, ScenarioNotes.Load(ScenarioRuns.Plc, ScenarioRuns.PlcPath)));

    /// <summary>The shipped plan alone: decomposition, audit, growth justification.</summary>
    public static ReportContent PlanOnly => LazyPlanOnly.Value;

    /// <summary>The shipped plan with <see cref="ScenarioRuns.Result"/> (8,192 trials, seed 7) and plc-2026's notes.</summary>
    public static ReportContent Simulated => LazySimulated.Value;
}
