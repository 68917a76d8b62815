using Analytics.Common;
using Analytics.Charts;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class RiskSectionTests
{
    [Fact]
    public void RiskSection_ShippedScenarioRun_HowItRanTheDistributionAndOneRowPerLine()
    {
        var section = new RiskSection();
        Assert.True(section.Applies(SectionContents.Simulated));
        var (html, charts) = SectionRun.Write(section, SectionContents.Simulated);
        Assert.Equal(["distribution"], charts);
        var r = SectionContents.Simulated.Risk!;
        Assert.Contains($"以情景「plc-2026」（檔案 SHA-256 {ScenarioRuns.Plc.Hash[..12]}…）模擬 8,192 個年度（蒙地卡羅，種子 7）", html, StringComparison.Ordinal);
        Assert.Contains($"機率為 {Formats.Percent(r.ProbabilityOfHit)}，標準誤 {Formats.Points(r.StandardError)} 個百分點", html, StringComparison.Ordinal);
        var product = SectionContents.Simulated.Streams!.Single(s => s.Stream == "newProduct");
        Assert.Contains($"<td>新產品銷售</td><td class=\"num\">1,000</td><td class=\"num\">{ChartOptions.Default.FormatEstimate(product.Mean)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{Formats.Percent(product.ProbabilityOfTarget)}</td><td class=\"num\">{Formats.Points(product.StandardError)}</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr><td>").Length - 1);
    }

    [Fact]
    public void RiskSection_OnlyWithSimulationResults()
    {
        var section = new RiskSection();
        Assert.False(section.Applies(SectionContents.PlanOnly));
        Assert.Equal(["distribution", "tornado"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
    }

    [Fact]
    public void RiskSection_Tornado_TrialsTheWidestThreeAndWhatTheCentreLineIs()
    {
        var d = AnalysisRuns.Sensitivity;
        var (html, _) = SectionRun.Write(new RiskSection(), Samples.WithEveryResult());
        Assert.Contains("結果取決於哪些假設（龍捲風圖）", html, StringComparison.Ordinal);
        Assert.Contains($"各模擬 {d.Trials} 個年度", html, StringComparison.Ordinal);
        // Item 6 of issue 13: the page names inputs in its language (InputLabels, tested against hand-written names), the path only in brackets.
        var labels = Analytics.Scenarios.InputLabels.For(Samples.WithEveryResult().Decomposition.Plan);
        Assert.Contains($"擺幅最大的三個：{labels.Of(d.Tornado[0].Input).Zh} ({Formats.Percent(d.Tornado[0].HitAtLow.Value)} – {Formats.Percent(d.Tornado[0].HitAtHigh.Value)})", html, StringComparison.Ordinal);
        Assert.Contains($"中線 {Formats.Percent(d.BaseHit.Value)} 是所有輸入都在中位數時的達標機率，不是上面的 62.3%", html, StringComparison.Ordinal);
        var widest = d.Tornado.OrderByDescending(r => Math.Abs(r.HitAtHigh.Value - r.HitAtLow.Value)).First().Input;
        Assert.Contains($"例如擺幅最大的「{labels.Of(widest).Zh}」（情景檔案裡的 {widest}）。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lithium", html, StringComparison.Ordinal);
    }
}
