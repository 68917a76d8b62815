using Analytics.Charts.Report;
using Analytics.Charts.Report.Sections;
using Analytics.Charts.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Report.Sections;

/// <summary>Each section alone: when it applies and what it writes.</summary>
public class SectionsTests
{
    private static readonly Lazy<ReportContent> PlanOnly = new(() => ReportContent.FromPlan(Shipped.Plan));

    [Fact]
    public void GrowthSection_ShippedPlan_MarketTableViewsAndBothBridges()
    {
        var section = new GrowthSection();
        Assert.True(section.Applies(PlanOnly.Value));
        var (html, charts) = SectionRun.Write(section, PlanOnly.Value);
        Assert.Equal(["growth-bridge", "growth-market-bridge"], charts);
        // Hold-share sales 3800 x 1.15 = 4370, share needed 5000 / (165217.39 x 1.15) = 2.63%, share gain 630.
        Assert.Contains("<td>15.0%</td><td class=\"num\">4,370</td><td class=\"num\">2.63%</td><td class=\"num\">630</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>新產品</td><td class=\"num\">1,000</td><td class=\"num\">-200</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthSection_NoGrowthResult_DoesNotApply()
        => Assert.False(new GrowthSection().Applies(PlanOnly.Value with { Growth = null }));

    [Fact]
    public void DecompositionSection_ShippedPlan_TwoChartsAndTheBusinessTypesWithSources()
    {
        var (html, charts) = SectionRun.Write(new DecompositionSection(), PlanOnly.Value);
        Assert.Equal(["decomposition", "industry-region"], charts);
        Assert.Contains("<td>新客戶開發</td><td class=\"num\">2,200</td><td class=\"num\">44.0%</td><td>seed §2 layer 1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PhasingSection_ConsistentPlan_NoFindingsAndSaysSo()
    {
        using var folder = new TempPlanFolder().Replace("phasing.csv", "Q4,600,", "Q4,466.67,");
        var (html, _) = SectionRun.Write(new PhasingSection(), ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(folder.Path)), ChartOptions.English);
        Assert.DoesNotContain("class=\"finding", html, StringComparison.Ordinal);
        Assert.Contains("The quarterly shares and the stated monthly figures agree.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PhasingSection_ShippedPlan_QuarterTableWithBothMonthlyFigures()
    {
        var (html, charts) = SectionRun.Write(new PhasingSection(), PlanOnly.Value);
        Assert.Equal(["phasing"], charts);
        Assert.Contains("<td>Q4</td><td class=\"num\">28.0%</td><td class=\"num\">1,400</td><td class=\"num\">467 / 467 / 466</td><td class=\"num\">600</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("class=\"finding error\"").Length - 1);
    }

    [Fact]
    public void PeopleSection_ShippedPlan_TableAndOverAssignment()
    {
        var (html, charts) = SectionRun.Write(new PeopleSection(), PlanOnly.Value);
        Assert.Equal(["personal-targets"], charts);
        Assert.Contains("<td>銷售總監</td><td class=\"num\">5,000</td><td class=\"num\">1,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("個人目標合計 12,080 萬元，是公司目標的 2.416 倍", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditSection_ShippedPlan_ErrorsAsBlocksInfoAsTable()
    {
        var (html, _) = SectionRun.Write(new AuditSection(), PlanOnly.Value);
        Assert.Equal(2, html.Split("class=\"finding error\"").Length - 1);
        Assert.Contains("<td>growth-stated</td><td>facts.csv:5</td>", html, StringComparison.Ordinal);
    }

    private static readonly Lazy<ReportContent> Simulated = new(() => PlanOnly.Value.WithSimulation(
        Runs.Match(PlanOnly.Value.Decomposition), Runs.Result, Analytics.Scenarios.ScenarioNotes.Load(Runs.Plc, Runs.PlcPath)));

    [Fact]
    public void RiskSection_ShippedScenarioRun_HowItRanTheDistributionAndOneRowPerLine()
    {
        var section = new RiskSection();
        Assert.True(section.Applies(Simulated.Value));
        var (html, charts) = SectionRun.Write(section, Simulated.Value);
        Assert.Equal(["distribution"], charts);
        var r = Simulated.Value.Risk!;
        Assert.Contains($"以情景「plc-2026」（檔案 SHA-256 {Runs.Plc.Hash[..12]}…）模擬 8,192 個年度（蒙地卡羅，種子 7）", html, StringComparison.Ordinal);
        Assert.Contains($"機率為 {ChartOptions.FormatPercent(r.ProbabilityOfHit)}，標準誤 {ChartOptions.FormatPoints(r.StandardError)} 個百分點", html, StringComparison.Ordinal);
        var product = Simulated.Value.Streams!.Single(s => s.Stream == "newProduct");
        Assert.Contains($"<td>新產品銷售</td><td class=\"num\">1,000</td><td class=\"num\">{ChartOptions.Default.FormatEstimate(product.Mean)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{ChartOptions.FormatPercent(product.ProbabilityOfTarget)}</td><td class=\"num\">{ChartOptions.FormatPoints(product.StandardError)}</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr><td>").Length - 1);
    }

    [Fact]
    public void RiskSection_OnlyWithSimulationResults()
    {
        var section = new RiskSection();
        Assert.False(section.Applies(PlanOnly.Value));
        Assert.Equal(["distribution", "fan", "tornado"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
    }

    [Fact]
    public void SplitsSection_OnlyWithSplitResults()
    {
        var section = new SplitsSection();
        Assert.False(section.Applies(PlanOnly.Value));
        Assert.Equal(["split-ternary"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
    }

    [Fact]
    public void SourcesSection_ShippedPlan_EveryTargetRowWithItsSourceAndLine()
    {
        var (html, _) = SectionRun.Write(new SourcesSection(), PlanOnly.Value);
        Assert.Equal(Shipped.Plan.Targets.Count, html.Split("<tr>").Length - 2);
        Assert.Contains("<td>A6: repurchase split by the regions that hold the installed base</td><td>targets.csv:6</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_Simulated_TheScenariosLabelledAssumptions()
    {
        var (html, _) = SectionRun.Write(new SourcesSection(), Simulated.Value);
        Assert.Contains("模擬情景「plc-2026」的假設", html, StringComparison.Ordinal);
        Assert.Contains("<p>The 2026 plan with wider uncertainty, market-correlated win rates and channel partners.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>S2: A strong market also makes deals easier to win:", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("<li>S").Length - 1); // S1-S9 in plc-2026.json
        Assert.DoesNotContain("模擬情景", SectionRun.Write(new SourcesSection(), PlanOnly.Value).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_HostileScenarioText_Escaped()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        var scenario = Runs.Plc with { Name = "x\"><script>", Description = Hostile };
        var notes = Analytics.Scenarios.ScenarioNotes.Read(scenario, $"// intro {Hostile}\n//\n// S1  a & b {Hostile}\n{{}}");
        var (html, _) = SectionRun.Write(new SourcesSection(), PlanOnly.Value with { Assumptions = notes });
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<li>S1: a &amp; b &lt;img src=x onerror=alert(1)&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("x&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_NoLabelledAssumptions_TheFilesIntroduction()
    {
        var seed = Runs.SeedNotes();
        var (html, _) = SectionRun.Write(new SourcesSection(), PlanOnly.Value with { Assumptions = seed });
        Assert.Contains("<li>Reference scenario seed-2026:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineSection_Always_FiguresBlock()
    {
        var (html, charts) = SectionRun.Write(new HeadlineSection(), PlanOnly.Value);
        Assert.Empty(charts);
        Assert.Contains("<div class=\"value\">5,000 萬元</div>", html, StringComparison.Ordinal);
    }
}

