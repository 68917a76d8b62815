using System.Text.RegularExpressions;
using Analytics.Charts;
using Analytics.Charts.Rendering;
using Analytics.Loading;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class ReportPageTests
{
    private static readonly Lazy<RenderedReport> PlanOnly = new(() => ReportPage.Render(ReportContent.FromPlan(Shipped.Plan, "data/plc-2026")));

    private static string WithoutPlotly(string html) => html.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Render_PlanOnly_SectionsOfThePlanAndNoneForMissingAnalyses()
    {
        var report = PlanOnly.Value;
        Assert.Equal(["headline", "growth", "decomposition", "phasing", "people", "audit", "sources"], report.Sections);
        Assert.Equal(["growth-bridge", "growth-market-bridge", "decomposition", "industry-region", "phasing", "personal-targets"], report.Charts.Select(c => c.Name));
        var html = WithoutPlotly(report.Html);
        Assert.DoesNotContain("id=\"risk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("P10 / P50 / P90", html, StringComparison.Ordinal);
        Assert.Contains("需要模擬", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlanOnly_GrowthSectionWithTheSeedsMarketFigures()
    {
        var html = WithoutPlotly(PlanOnly.Value.Html);
        var growth = html[html.IndexOf("<section id=\"growth\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"decomposition\">", StringComparison.Ordinal)];
        Assert.Contains("165,217", growth, StringComparison.Ordinal);      // 3800 / 0.023
        Assert.Contains("2.63%", growth, StringComparison.Ordinal);        // 5000 / (165217.39 x 1.15)
        Assert.Contains("2.52%", growth, StringComparison.Ordinal);        // 5000 / (165217.39 x 1.20)
        Assert.Contains("4,370", growth, StringComparison.Ordinal);        // 3800 x 1.15
        Assert.Contains("4,560", growth, StringComparison.Ordinal);        // 3800 x 1.20
    }

    [Fact]
    public void Render_PlanOnly_SelfContainedWithPlotlyOnce()
    {
        var html = PlanOnly.Value.Html;
        Assert.Equal(1, Regex.Count(html, Regex.Escape("* plotly.js v" + PlotlyJs.Version)));
        var rest = WithoutPlotly(html);
        Assert.DoesNotMatch(@"<script[^>]*\bsrc=", rest);
        Assert.DoesNotMatch(@"<link\b", rest);
        Assert.DoesNotMatch("https?://", rest);
        Assert.Equal(6, Regex.Count(rest, Regex.Escape("Plotly.newPlot(")));
    }

    [Fact]
    public void Render_PlanOnly_Q4ContradictionAndItsFixesNextToThePhasing()
    {
        var html = WithoutPlotly(PlanOnly.Value.Html);
        var phasing = html[html.IndexOf("<section id=\"phasing\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"people\">", StringComparison.Ordinal)];
        // The Chinese page gives the findings and their fixes in Chinese (issue 13: one language a page).
        Assert.Contains("Q4：每月 600 x 3 = 1800，但 5000 的 28% = 1400", phasing, StringComparison.Ordinal);
        Assert.Contains("設為每月 466.67", phasing, StringComparison.Ordinal);
        Assert.Contains("月目標合計 5400，不是目標 5000", phasing, StringComparison.Ordinal);
        Assert.DoesNotContain("a month x 3", phasing, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryResult_GrowthRiskAndSplitSectionsWithTheirCharts()
    {
        var report = ReportPage.Render(Samples.WithEveryResult());
        Assert.Equal(["headline", "growth", "decomposition", "phasing", "risk", "timing", "splits", "people", "audit", "sources"], report.Sections);
        Assert.Equal(["growth-bridge", "growth-market-bridge", "decomposition", "industry-region", "phasing", "distribution", "tornado", "fan", "quarterly-rule", "split-ternary", "split-frontier", "personal-targets"], report.Charts.Select(c => c.Name));
        var html = WithoutPlotly(report.Html);
        Assert.Contains("62.3%", html, StringComparison.Ordinal);
        Assert.Contains("4,450 / 5,121 / 5,790", html, StringComparison.Ordinal);
        Assert.DoesNotContain("需要模擬", html, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(html, Regex.Escape("Plotly.newPlot(")));
        Assert.DoesNotMatch("https?://", html);
    }

    [Fact]
    public void Render_ChartInputsWithoutAnalysisRecords_ChartsWithoutTheirFigures()
    {
        // A section draws what it is given and writes no sentence whose figures it does not have.
        var report = ReportPage.Render(Samples.WithChartInputsOnly());
        Assert.Equal(["headline", "growth", "decomposition", "phasing", "risk", "timing", "splits", "people", "audit", "sources"], report.Sections);
        var html = WithoutPlotly(report.Html);
        Assert.DoesNotContain("個模擬年度", html, StringComparison.Ordinal);
        Assert.DoesNotContain("最佳占比", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_LanguageAttributeHeadingsAndUnit()
    {
        var html = WithoutPlotly(ReportPage.Render(ReportContent.FromPlan(Shipped.Plan), ChartOptions.English).Html);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sales target 2026: report to the owner</title>", html, StringComparison.Ordinal);
        Assert.Contains(">Audit findings</h2>", html, StringComparison.Ordinal);
        Assert.Contains("50.00 million CNY", html, StringComparison.Ordinal);
        Assert.DoesNotContain("5,000 萬元", html, StringComparison.Ordinal);
        Assert.DoesNotContain("每月", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileNamesInThePlan_EscapedEverywhere()
    {
        const string Hostile = "<script>alert(1)</script>";
        using var folder = new TempPlanFolder()
            .Replace("targets.csv", "華南存量", Hostile)
            .Replace("people.csv", "銷售總監", Hostile);
        var html = WithoutPlotly(ReportPage.Render(ReportContent.FromPlan(PlanLoader.Load(folder.Path), folder.Path + "/" + Hostile)).Html);
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);

        // In chart JSON the name reaches plotly escaped for plotly, and the JSON is escaped for <script>.
        Assert.Contains("\\u0026lt;script\\u0026gt;alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnalysisLeftOut_SectionKeptWithWhyInThePagesLanguageOnly()
    {
        var content = ReportContent.FromPlan(Shipped.Plan).Omit(SectionOmission.Failed("splits", "占比分析", "split analysis", new ArgumentException("no split fits (Parameter 'step')")));
        var zh = ReportPage.Render(content);
        Assert.Contains("splits", zh.Sections);
        Assert.Contains("占比分析在運行時出錯，本節因此略去", zh.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("no split fits", zh.Html, StringComparison.Ordinal);
        var en = ReportPage.Render(content, ChartOptions.English);
        Assert.Contains("The split analysis stopped with an error, so this section is left out: no split fits.", en.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("占比分析", en.Html, StringComparison.Ordinal);
    }
}
