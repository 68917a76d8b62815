using Analytics.Charts;
using Analytics.Common;
using Analytics.Interactive.Formatters;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Formatters;

[Collection(NotebookOptionsCollection.Name)]
public class AnalysisHtmlTests
{
    [Fact]
    public void Splits_Result_TheReportsIntroNamedRowsPairedAndSubTargetsByStreamId()
    {
        var r = AnalysisRuns.Splits;
        var html = AnalysisHtml.Splits(r);
        Assert.StartsWith("<div class=\"analytics\">", html, StringComparison.Ordinal);
        Assert.Contains($"{r.Grid.Count} 種占比（步長 25%）都在同樣的 2,000 個模擬年度上評估（種子 3）", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>計劃</td><td class=\"num\">36/44/20</td><td class=\"num\">{Formats.Percent(r.Plan.ProbabilityOfTarget.Value)}</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>repurchase</td><td class=\"num\">1,800</td>", html, StringComparison.Ordinal);
        Assert.Contains("最佳占比比計劃", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Robustness_Result_VersionsTableAndADirectionPerStream()
    {
        var html = AnalysisHtml.Robustness(AnalysisRuns.Robustness);
        Assert.Contains("<tr><td>情景所述</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>newProduct：平均彈性 0.6 → ", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<li>").Length - 1);
        Assert.DoesNotContain("情景檔案原文", html, StringComparison.Ordinal); // no assumption given
    }

    [Fact]
    public void Sensitivity_Result_TornadoRowsSobolTableAndNotes()
    {
        var s = AnalysisRuns.Sensitivity;
        var html = AnalysisHtml.Sensitivity(s);
        Assert.Contains($"<tr><td>{s.Tornado[0].Input}</td>", html, StringComparison.Ordinal);
        Assert.Contains("Sobol 指數", html, StringComparison.Ordinal);
        Assert.Equal(s.Tornado.Count + s.SobolHit.Count, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<li>Sobol: Saltelli design, N = 64", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_Result_QuarterTableFiringAndPolicyInEnglish()
    {
        var t = AnalysisRuns.Trigger;
        var previous = Notebook.Options;
        Notebook.Options = ChartOptions.English;
        try
        {
            var html = AnalysisHtml.Trigger(t);
            Assert.Contains($"<tr><td>Q1</td><td class=\"num\">9.00</td>", html, StringComparison.Ordinal); // 900 萬元 in millions
            Assert.Contains($"the rule fires with probability Q1 {Formats.Percent(t.Quarters[0].Firing.Value)}", html, StringComparison.Ordinal);
            Assert.Contains("The plan&#39;s response, modelled as a policy", html, StringComparison.Ordinal);
            Assert.Contains("<li>newProduct: books nothing before a first month", html, StringComparison.Ordinal);
        }
        finally
        {
            Notebook.Options = previous;
        }
    }

    [Fact]
    public void GoalSeek_Reachable_ValueWithItsErrorAndTheScan()
    {
        var g = AnalysisRuns.GoalSeek;
        var html = AnalysisHtml.GoalSeek(g);
        Assert.Contains("<div class=\"label\">達標機率 80.0% 需要</div>", html, StringComparison.Ordinal);
        Assert.Contains(" ± ", html, StringComparison.Ordinal);
        Assert.Equal(g.Curve.Count, html.Split("<tr><td>").Length - 1);
        Assert.Contains($"搜尋用了 {g.Evaluations} 次模擬", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalSeek_OutOfReach_SaysSoWithTheAnalysisSentence()
    {
        var html = AnalysisHtml.GoalSeek(AnalysisRuns.GoalSeekOutOfReach);
        Assert.False(AnalysisRuns.GoalSeekOutOfReach.Reachable);
        Assert.Contains("<div class=\"value\">達不到</div>", html, StringComparison.Ordinal);
        Assert.Contains("is out of reach for repurchase.tierC.renewalProbability", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalSeek_AboveTheLevelOverTheWholeRange_MetNotOutOfReach()
    {
        // No value (no crossing, no baseline in the range) but P(hit) 30%-40% everywhere against a 20% level.
        var g = AnalysisRuns.GoalSeekOutOfReach with
        {
            Required = 0.2,
            AtLower = new Analytics.Statistics.Estimate(0.3, 0.01),
            AtUpper = new Analytics.Statistics.Estimate(0.4, 0.01),
            Reachable = true,
            Value = null,
        };
        var html = AnalysisHtml.GoalSeek(g);
        Assert.Contains("<div class=\"value\">整個範圍都已達到</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("達不到", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_Result_EveryLineAndTheUnattributableSaidSo()
    {
        var html = AnalysisHtml.Budget(AnalysisRuns.Budget);
        Assert.Equal(5, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<tr><td>training</td><td class=\"num\">30</td><td class=\"num\"></td><td class=\"num\">無法歸因</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Attributed revenue is sourcing, not causation", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatters_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AnalysisHtml.Splits(null!));
        Assert.Throws<ArgumentNullException>(() => AnalysisHtml.Budget(null!));
    }
}
