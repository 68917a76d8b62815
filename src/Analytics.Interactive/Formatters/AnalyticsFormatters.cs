using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Audit;
using Analytics.Charts.Rendering;
using Analytics.Decomposition;
using Analytics.Market;
using Analytics.Planning;
using Analytics.Scenarios;
using Analytics.Simulation.Results;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Analytics.Interactive.Formatters;

/// <summary>The HTML formatters the notebooks use, registered with the kernel's formatter registry.</summary>
public static class AnalyticsFormatters
{
    /// <summary>Registers every formatter (idempotent: a later registration replaces an earlier one).</summary>
    public static SetupStatus Register()
    {
        Formatter.Register<GenericChart>(ChartHtml, HtmlFormatter.MimeType);
        Formatter.Register<SalesPlan>(PlanHtml.Plan, HtmlFormatter.MimeType);
        Formatter.Register<PlanDecomposition>(PlanHtml.Decomposition, HtmlFormatter.MimeType);
        Formatter.Register<AuditReport>(PlanHtml.Audit, HtmlFormatter.MimeType);
        Formatter.Register<AuditFinding>(PlanHtml.Finding, HtmlFormatter.MimeType);
        Formatter.Register<RegionMatrix>(PlanHtml.Matrix, HtmlFormatter.MimeType);
        Formatter.Register<GrowthJustification>(GrowthHtml.Justification, HtmlFormatter.MimeType);
        Formatter.Register<SimulationResult>(SimulationHtml.Result, HtmlFormatter.MimeType);
        Formatter.Register<ScenarioNotes>(SimulationHtml.Notes, HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>(f => DataFrameHtml.Table(f), HtmlFormatter.MimeType);
        Formatter.Register<SplitResult>(AnalysisHtml.Splits, HtmlFormatter.MimeType);
        Formatter.Register<ResponseRobustnessResult>(AnalysisHtml.Robustness, HtmlFormatter.MimeType);
        Formatter.Register<SensitivityResult>(AnalysisHtml.Sensitivity, HtmlFormatter.MimeType);
        Formatter.Register<TriggerResult>(AnalysisHtml.Trigger, HtmlFormatter.MimeType);
        Formatter.Register<GoalSeekResult>(AnalysisHtml.GoalSeek, HtmlFormatter.MimeType);
        Formatter.Register<BudgetResult>(AnalysisHtml.Budget, HtmlFormatter.MimeType);
        Formatter.Register<SetupStatus>(SetupHtml, HtmlFormatter.MimeType);
        return new SetupStatus(PlotlyJs.Version, [nameof(GenericChart), nameof(SalesPlan), nameof(PlanDecomposition), nameof(AuditReport), nameof(AuditFinding), nameof(RegionMatrix), nameof(GrowthJustification), nameof(SimulationResult), nameof(ScenarioNotes), nameof(DataFrame), nameof(SplitResult), nameof(ResponseRobustnessResult), nameof(SensitivityResult), nameof(TriggerResult), nameof(GoalSeekResult), nameof(BudgetResult)]);
    }

    /// <summary>A chart as a div drawn by the plotly.js that the setup cell put on the page.</summary>
    public static string ChartHtml(GenericChart chart)
        => PlotlyHtml.ChartElement(chart, "analytics-" + Guid.NewGuid().ToString("N"));

    /// <summary>plotly.js (embedded, once per notebook page) and a line saying what is loaded.</summary>
    public static string SetupHtml(SetupStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return PlotlyJs.ScriptElement() + $"\n<div class=\"analytics-setup\">Analytics toolkit loaded: plotly.js {Analytics.Charts.Rendering.Html.Encode(status.PlotlyVersion)} embedded; HTML for {Analytics.Charts.Rendering.Html.Encode(string.Join(", ", status.Formatters))}.</div>";
    }
}
