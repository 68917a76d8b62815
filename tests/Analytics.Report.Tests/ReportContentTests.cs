using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class ReportContentTests
{
    [Fact]
    public void FromPlan_ShippedPlan_DecomposedAuditedAndGrowthJustifiedWithNoSimulationResults()
    {
        var content = ReportContent.FromPlan(Shipped.Plan, "data/plc-2026");
        Assert.Equal(5000m, content.Decomposition.Root.Amount);
        Assert.Equal(2, content.Audit.Count(Analytics.Audit.Severity.Error));
        Assert.Equal("data/plc-2026", content.PlanSource);
        Assert.Null(content.Risk);
        Assert.Equal(3800m, content.Growth!.Bridge.Start);
        Assert.Equal(5000m, content.Growth.Bridge.End);
        Assert.Null(content.Splits);
    }

    [Fact]
    public void WithSimulation_ShippedScenario_HeadlineDistributionStreamsAndAssumptions()
    {
        var plan = ReportContent.FromPlan(Shipped.Plan);
        var notes = ScenarioNotes.Load(ScenarioRuns.Plc, ScenarioRuns.PlcPath);
        var content = plan.WithSimulation(ScenarioRuns.Match(plan.Decomposition), ScenarioRuns.Result, notes);
        var total = ScenarioRuns.Result.Output("total");
        Assert.Equal(total.ProbabilityOfTarget!.Value, content.Risk!.ProbabilityOfHit);
        Assert.Equal(total.ProbabilityOfTarget.Value, content.Distribution!.ProbabilityOfHit);
        Assert.Equal(["存量客戶復購", "新客戶開發", "新產品銷售"], content.Streams!.Select(s => s.Name.Zh));
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], content.Streams!.Select(s => s.Stream));
        var product = content.Streams![2];
        Assert.Equal((1000.0, ScenarioRuns.Result.Output("newProduct").ProbabilityOfTarget!.Value), (product.Target, product.ProbabilityOfTarget));
        Assert.Equal("New product", product.Name.En);
        Assert.Same(notes, content.Assumptions);
        Assert.Same(plan.Decomposition, content.Decomposition);
    }

    [Fact]
    public void WithSimulation_MatchOfAnotherPlan_Throws()
    {
        var match = ScenarioRuns.Match(ReportContent.FromPlan(Shipped.Plan).Decomposition);
        using var changed = new TempPlanFolder().Replace("targets.csv", "repurchase,company,line,,,存量客戶復購,Existing-customer repurchase,1800,0.36", "repurchase,company,line,,,存量客戶復購,Existing-customer repurchase,1700,0.34");
        var e = Assert.Throws<ArgumentException>(() => ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(changed.Path)).WithSimulation(match, ScenarioRuns.Result));
        Assert.Contains("stream \"repurchase\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithSimulation_ScenarioOfAnotherTarget_ThrowsNamingBothTargets()
    {
        // The lines still match the scenario's streams; only the company target differs (5000 -> 5100).
        var match = ScenarioRuns.Match(ReportContent.FromPlan(Shipped.Plan).Decomposition);
        using var changed = new TempPlanFolder().Replace("targets.csv", "Annual sales target,5000,", "Annual sales target,5100,");
        var e = Assert.Throws<ArgumentException>(() => ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(changed.Path)).WithSimulation(match, ScenarioRuns.Result));
        Assert.Equal("match", e.ParamName);
        Assert.Contains($"a target of {ScenarioRuns.Plc.Target} 萬元, not this plan's 5100 萬元", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportContent_NoPublicConstructorOrSetters()
    {
        var type = typeof(ReportContent);
        Assert.Empty(type.GetConstructors());
        Assert.DoesNotContain(type.GetProperties(), p => p.SetMethod?.IsPublic == true);
    }

    [Fact]
    public void WithSplits_SplitRun_MapFrontierFiguresRobustnessAndTheAssumption()
    {
        var s6 = ScenarioRuns.PlcNotes.AssumptionFor("response");
        var content = ReportContent.FromPlan(Shipped.Plan).WithSplits(AnalysisRuns.Splits, AnalysisRuns.Robustness, s6);
        Assert.Equal(AnalysisRuns.Splits.Grid.Count, content.Splits!.Points.Count);
        Assert.Equal(AnalysisRuns.Splits.Frontier.Count, content.SplitFrontier!.Frontier.Count);
        Assert.Same(AnalysisRuns.Splits, content.SplitFigures);
        Assert.Same(AnalysisRuns.Robustness, content.SplitRobustness);
        Assert.Equal("S6", content.ResponseAssumption!.Id);
    }

    [Fact]
    public void WithSplits_AnalysisOfAnotherTarget_Throws()
    {
        var other = AnalysisRuns.Splits with { Target = 5100 };
        var e = Assert.Throws<ArgumentException>(() => ReportContent.FromPlan(Shipped.Plan).WithSplits(other));
        Assert.Contains("a target of 5100 萬元, not this plan's 5000 萬元", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithSplits_RobustnessOfOtherStreams_Throws()
    {
        var robust = AnalysisRuns.Robustness with { Streams = ["a", "b", "c"] };
        Assert.Throws<ArgumentException>(() => ReportContent.FromPlan(Shipped.Plan).WithSplits(AnalysisRuns.Splits, robust));
    }

    [Fact]
    public void WithTrigger_TriggerRun_FanAndQuarterRules()
    {
        var content = ReportContent.FromPlan(Shipped.Plan).WithTrigger(AnalysisRuns.Trigger);
        Assert.Equal(AnalysisRuns.Trigger.Fan.P50, content.Fan!.P50);
        Assert.Equal(4, content.QuarterRules!.Count);
        Assert.Same(AnalysisRuns.Trigger, content.Trigger);
        Assert.Throws<ArgumentException>(() => ReportContent.FromPlan(Shipped.Plan).WithTrigger(AnalysisRuns.Trigger with { Target = 1 }));
    }

    [Fact]
    public void WithSensitivity_SensitivityRun_TornadoOfPHit()
    {
        var content = ReportContent.FromPlan(Shipped.Plan).WithSensitivity(AnalysisRuns.Sensitivity);
        Assert.Equal(AnalysisRuns.Sensitivity.BaseHit.Value, content.Sensitivity!.Baseline);
        Assert.Equal(AnalysisRuns.Sensitivity.Tornado.Count, content.Sensitivity.Bars.Count);
        Assert.Same(AnalysisRuns.Sensitivity, content.Drivers);
    }
}
