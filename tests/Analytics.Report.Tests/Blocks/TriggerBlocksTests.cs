using Analytics.Common;
using Analytics.Charts.Inputs;
using Analytics.Charts;
using Analytics.Report.Blocks;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Blocks;

public class TriggerBlocksTests
{
    [Fact]
    public void Intro_TriggerRun_ItsTrialsAndSeed()
        => Assert.Contains("共 2,000 個年度（種子 3）", SectionRun.Block(w => TriggerBlocks.Intro(w, AnalysisRuns.Trigger)), StringComparison.Ordinal);

    [Fact]
    public void Firing_HalfOrMoreAndAlwaysLowerWhenFired_TheNormAndTheLowerChance()
    {
        QuarterRule[] rules = [new(1, 0.55, null, 0.21, 0.59), new(2, 0.30, null, 0.25, 0.50)];
        var html = SectionRun.Block(w => TriggerBlocks.Firing(w, rules));
        Assert.Contains("規則觸發的機率：Q1 55.0%、Q2 30.0%。", html, StringComparison.Ordinal);
        Assert.Contains("Q1 觸發的機率在一半以上", html, StringComparison.Ordinal);
        Assert.Contains("每一季觸發時的全年達標機率（叉號）都低於未觸發時（圓點）。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Firing_RareAndNotAlwaysLower_NeitherClaim()
    {
        QuarterRule[] rules = [new(1, 0.2, null, 0.6, 0.5), new(2, 0.1, null, null, 0.5)];
        var html = SectionRun.Block(w => TriggerBlocks.Firing(w, rules), ChartOptions.English);
        Assert.DoesNotContain("the norm", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lower when the rule fired", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Firing_NoRules_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => TriggerBlocks.Firing(new ReportWriter(ChartOptions.Default), []));

    [Fact]
    public void Policy_ScenarioWithoutAPush_WritesNothing()
        => Assert.Equal(string.Empty, SectionRun.Block(w => TriggerBlocks.Policy(w, AnalysisRuns.Trigger with { Policy = null })));

    [Fact]
    public void Policy_TriggerRun_WithAndWithoutAndTheAnalysissWords()
    {
        var p = AnalysisRuns.Trigger.Policy!;
        var html = SectionRun.Block(w => TriggerBlocks.Policy(w, AnalysisRuns.Trigger));
        Assert.Contains($"全年達標機率由 {Formats.Percent(p.Without.Value)} 變為 {Formats.Percent(p.With.Value)}", html, StringComparison.Ordinal);
        Assert.Contains("政策（分析的原文）：", html, StringComparison.Ordinal);
    }
}
