using Analytics.Common;
using Analytics.Charts;
using Analytics.Report.Blocks;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Blocks;

public class SplitBlocksTests
{
    [Fact]
    public void Intro_ResponseRun_GridStepTrialsSeedAndTheAssumptionsLabel()
    {
        // AnalysisRuns: a 25% grid (15 splits) on 2,000 trials, seed 3.
        var html = SectionRun.Block(w => SplitBlocks.Intro(w, AnalysisRuns.Splits, ScenarioRuns.PlcNotes.AssumptionFor("response")));
        Assert.Contains("（假設 S6：", html, StringComparison.Ordinal);
        Assert.Contains("15 種占比（步長 25%）都在同樣的 2,000 個模擬年度上評估（種子 3）", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Intro_NoResponseModel_OnlySubTargetsDiffer()
    {
        var html = SectionRun.Block(w => SplitBlocks.Intro(w, AnalysisRuns.Splits with { HasResponse = false }, null), ChartOptions.English);
        Assert.Contains("The scenario has no response model", html, StringComparison.Ordinal);
        Assert.DoesNotContain("assumption", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_PlanBestRiskBalancedAndAnExtraRow_InThatOrder()
    {
        var r = AnalysisRuns.Splits;
        var html = SectionRun.Block(w => SplitBlocks.Named(w, r, [("團隊的", r.Grid[0])]));
        var rows = html.Split("<tr><td>").Skip(1).Select(row => row[..row.IndexOf('<', StringComparison.Ordinal)]).ToArray();
        Assert.Equal(["計劃", "最佳", "風險均衡", "團隊的"], rows);
        Assert.Contains($"<tr><td>計劃</td><td class=\"num\">36/44/20</td><td class=\"num\">{Formats.Percent(r.Plan.ProbabilityOfTarget.Value)}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SubTargets_NameFunction_NamesEveryLine()
    {
        var html = SectionRun.Block(w => SplitBlocks.SubTargets(w, AnalysisRuns.Splits, s => "<" + s + ">"));
        Assert.Contains("<td>&lt;repurchase&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;newProduct&gt;</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Robustness_WithAndWithoutTheAssumption_QuotedOnlyWhenGiven()
    {
        var s6 = ScenarioRuns.PlcNotes.AssumptionFor("response")!;
        var quoted = SectionRun.Block(w => SplitBlocks.Robustness(w, AnalysisRuns.Robustness, s => s, s6));
        Assert.StartsWith("A split steers effort and budget", s6.Text.En, StringComparison.Ordinal);
        Assert.Contains("假設 S6（情景檔案原文）：占比不只分配目標，也分配精力與預算。", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("A split steers", quoted, StringComparison.Ordinal);
        Assert.Contains($"{AnalysisRuns.Robustness.Versions} 個版本得出 {AnalysisRuns.Robustness.DistinctBest} 種不同的最佳占比", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("情景檔案原文", SectionRun.Block(w => SplitBlocks.Robustness(w, AnalysisRuns.Robustness, s => s, null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_NullArguments_Throw()
    {
        var writer = new ReportWriter(ChartOptions.Default);
        Assert.Throws<ArgumentNullException>(() => SplitBlocks.Intro(writer, null!, null));
        Assert.Throws<ArgumentNullException>(() => SplitBlocks.SubTargets(writer, AnalysisRuns.Splits, null!));
        Assert.Throws<ArgumentNullException>(() => SplitBlocks.Paired(null!, AnalysisRuns.Splits));
    }
}
