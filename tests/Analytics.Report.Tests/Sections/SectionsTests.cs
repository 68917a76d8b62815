using Analytics.Charts;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

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
    public void PeopleSection_PersonalTargetsWithinTheCompanyTarget_NoOverAssignmentClaim()
    {
        // Only the director owns the company target: no overlays, no partners credited to anyone.
        using var folder = new TempPlanFolder().Write("assignments.csv", "person,target,credit,source\ndirector,company,owner,test\n").Write("channel_partners.csv", "id,name_zh,region,industry,target,owner,source\n");
        var (html, _) = SectionRun.Write(new PeopleSection(), ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(folder.Path)), ChartOptions.English);
        Assert.Contains("x the company target: they do not exceed it", html[html.LastIndexOf("<p", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("more than the plan expects to sell.", html.Replace("not paid on more than the plan expects to sell.", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AuditSection_ShippedPlan_ErrorsAsBlocksInfoAsTable()
    {
        var (html, _) = SectionRun.Write(new AuditSection(), PlanOnly.Value);
        Assert.Equal(2, html.Split("class=\"finding error\"").Length - 1);
        Assert.Contains("<td>growth-stated</td><td>facts.csv:5</td>", html, StringComparison.Ordinal);
    }

    private static readonly Lazy<ReportContent> Simulated = new(() => PlanOnly.Value.WithSimulation(
        ScenarioRuns.Match(PlanOnly.Value.Decomposition), ScenarioRuns.Result, Analytics.Scenarios.ScenarioNotes.Load(ScenarioRuns.Plc, ScenarioRuns.PlcPath)));

    [Fact]
    public void RiskSection_ShippedScenarioRun_HowItRanTheDistributionAndOneRowPerLine()
    {
        var section = new RiskSection();
        Assert.True(section.Applies(Simulated.Value));
        var (html, charts) = SectionRun.Write(section, Simulated.Value);
        Assert.Equal(["distribution"], charts);
        var r = Simulated.Value.Risk!;
        Assert.Contains($"以情景「plc-2026」（檔案 SHA-256 {ScenarioRuns.Plc.Hash[..12]}…）模擬 8,192 個年度（蒙地卡羅，種子 7）", html, StringComparison.Ordinal);
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
        Assert.Equal(["distribution", "tornado"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
    }

    [Fact]
    public void RiskSection_Tornado_TrialsTheWidestThreeAndWhatTheCentreLineIs()
    {
        var d = AnalysisRuns.Sensitivity;
        var (html, _) = SectionRun.Write(new RiskSection(), Samples.WithEveryResult());
        Assert.Contains("結果取決於哪些假設（龍捲風圖）", html, StringComparison.Ordinal);
        Assert.Contains($"各模擬 {d.Trials} 個年度", html, StringComparison.Ordinal);
        Assert.Contains($"擺幅最大的三個：{d.Tornado[0].Input} ({ChartOptions.FormatPercent(d.Tornado[0].HitAtLow.Value)} – {ChartOptions.FormatPercent(d.Tornado[0].HitAtHigh.Value)})", html, StringComparison.Ordinal);
        Assert.Contains($"中線 {ChartOptions.FormatPercent(d.BaseHit.Value)} 是所有輸入都在中位數時的達標機率，不是上面的 62.3%", html, StringComparison.Ordinal);
        Assert.Contains($"例如擺幅最大的 {d.Tornado.OrderByDescending(r => Math.Abs(r.HitAtHigh.Value - r.HitAtLow.Value)).First().Input}。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimingSection_TriggerRun_FanRuleFiringByQuarterAndThePolicy()
    {
        var section = new TimingSection();
        Assert.False(section.Applies(PlanOnly.Value));
        var t = AnalysisRuns.Trigger;
        var (html, charts) = SectionRun.Write(section, Samples.WithEveryResult());
        Assert.Equal(["fan", "quarterly-rule"], charts);
        Assert.Contains($"共 {t.Trials:#,0} 個年度（種子 3）", html, StringComparison.Ordinal);
        Assert.Contains($"規則觸發的機率：Q1 {ChartOptions.FormatPercent(t.Quarters[0].Firing.Value)}、Q2 {ChartOptions.FormatPercent(t.Quarters[1].Firing.Value)}", html, StringComparison.Ordinal);
        var p = t.Policy!;
        Assert.Contains($"它在 {ChartOptions.FormatPercent(p.FiresByQ3.Value)} 的年份啟動", html, StringComparison.Ordinal);
        Assert.Contains($"由 {ChartOptions.FormatPercent(p.Without.Value)} 變為 {ChartOptions.FormatPercent(p.With.Value)}", html, StringComparison.Ordinal);
        Assert.Contains("raise newProduct.benchmarks.winProbability by 0.1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimingSection_English_RuleHeadingWithTheThreshold()
    {
        var (html, _) = SectionRun.Write(new TimingSection(), Samples.WithEveryResult(), ChartOptions.English);
        Assert.Contains("<h3>The quarterly rule: it fires when a quarter is under 80.0% of its target</h3>", html, StringComparison.Ordinal);
        Assert.Contains("The plan&#39;s response, modelled as a policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimingSection_English_PolicyIsOverAllYearsFromASeparateRunWithItsTrials()
    {
        var trials = AnalysisRuns.Trigger.Trials.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        var (html, _) = SectionRun.Write(new TimingSection(), Samples.WithEveryResult(), ChartOptions.English);
        Assert.Contains($"separate run of the pushed scenario ({trials} years, the same seed", html, StringComparison.Ordinal);
        Assert.Contains($"over all {trials} simulated years, P(hit) moves from", html, StringComparison.Ordinal);
        Assert.DoesNotContain("these years", html, StringComparison.Ordinal);
        var acts = AnalysisRuns.Trigger.Policy!.WhenActs;
        Assert.Contains($"In the {acts.Trials.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} years in which it acts, P(hit) moves from {ChartOptions.FormatPercent(acts.Without!.Value)} to {ChartOptions.FormatPercent(acts.With!.Value)}.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimingSection_NoTriggerRun_ThresholdFromThePlansReplanRule()
    {
        // The shipped plan's rule is 0.80 (replan_rules.csv); 0.65 shows it is read, not assumed.
        using var folder = new TempPlanFolder().Replace("replan_rules.csv", "quarter,completion,0.80,1", "quarter,completion,0.65,1");
        var plan = ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(folder.Path)) with { QuarterRules = Samples.WithChartInputsOnly().QuarterRules };
        var (html, charts) = SectionRun.Write(new TimingSection(), plan, ChartOptions.English);
        Assert.Contains("under 65.0% of its target", html, StringComparison.Ordinal);
        Assert.Equal(["quarterly-rule"], charts);
    }

    [Fact]
    public void TimingSection_NoTriggerRunAndNoPlanRule_NoThresholdInvented()
    {
        using var folder = new TempPlanFolder().Write("replan_rules.csv", "id,period,metric,threshold,step,action_zh,action_en,source\n");
        var plan = ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(folder.Path)) with { QuarterRules = Samples.WithChartInputsOnly().QuarterRules };
        var (html, charts) = SectionRun.Write(new TimingSection(), plan, ChartOptions.English);
        Assert.Contains("The plan states no quarterly completion re-plan rule", html, StringComparison.Ordinal);
        Assert.DoesNotContain("80.0%", html, StringComparison.Ordinal);
        Assert.Empty(charts);
    }

    [Fact]
    public void SplitsSection_English_CommonRandomNumbersCaveatAndWinnersCurse()
    {
        var r = AnalysisRuns.Splits;
        var (html, _) = SectionRun.Write(new SplitsSection(), Samples.WithEveryResult(), ChartOptions.English);
        Assert.DoesNotContain("carry no sampling noise", html, StringComparison.Ordinal);
        Assert.Contains("remove most of the sampling noise from the differences between splits, but not from the choice of the best one", html, StringComparison.Ordinal);
        Assert.Contains($"The best split is the highest of {r.Grid.Count} splits on the same draws, so its P(hit) is biased upward", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsSection_English_FrontierNoteFromTheFrontiersOwnEnds()
    {
        var r = AnalysisRuns.Splits;
        var frontier = r.Frontier.ToArray();
        var (html, _) = SectionRun.Write(new SplitsSection(), Samples.WithEveryResult(), ChartOptions.English);
        Assert.Contains($"The {frontier.Length} splits on the line", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The new product earns a higher margin", html, StringComparison.Ordinal);
        Assert.True(frontier.Length >= 2, "the sample run's frontier has two ends to compare");
        var safest = frontier.OrderByDescending(f => f.ProbabilityOfTarget.Value).First();
        var richest = frontier.OrderByDescending(f => f.ExpectedMargin).First();
        Assert.Contains($"The safest split on it, {Analytics.Charts.Adapters.SplitMaps.Percentages(safest.Split, 0, 1, 2)} (P(hit) {ChartOptions.FormatPercent(safest.ProbabilityOfTarget.Value)}", html, StringComparison.Ordinal);
        Assert.Contains($"against the most profitable, {Analytics.Charts.Adapters.SplitMaps.Percentages(richest.Split, 0, 1, 2)}", html, StringComparison.Ordinal);
        var k = Enumerable.Range(0, 3).OrderByDescending(i => richest.Split[i] - safest.Split[i]).First();
        string Pct(double x) => (x * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
        Assert.Contains($"of the target instead of {Pct(safest.Split[k])}.", html, StringComparison.Ordinal);
        Assert.Contains($" {Pct(richest.Split[k])} of the target", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsSection_OnlyWithSplitResults()
    {
        var section = new SplitsSection();
        Assert.False(section.Applies(PlanOnly.Value));
        Assert.Equal(["split-ternary", "split-frontier"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
        Assert.Equal(["split-ternary"], SectionRun.Write(section, Samples.WithChartInputsOnly()).Charts);
    }

    [Fact]
    public void SplitsSection_SplitRun_PlanBestAndRiskBalancedRowsPairedDifferencesAndSubTargets()
    {
        var r = AnalysisRuns.Splits;
        var (html, _) = SectionRun.Write(new SplitsSection(), Samples.WithEveryResult());
        Assert.Contains($"{r.Grid.Count} 種占比（步長 25%）都在同樣的 2,000 個模擬年度上評估（種子 3）", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>計劃</td><td class=\"num\">36/44/20</td><td class=\"num\">{ChartOptions.FormatPercent(r.Plan.ProbabilityOfTarget.Value)}</td>", html, StringComparison.Ordinal);
        var best = Analytics.Charts.Adapters.SplitMaps.Percentages(r.Best.Split, 0, 1, 2);
        Assert.Contains($"<tr><td>最佳</td><td class=\"num\">{best}</td>", html, StringComparison.Ordinal);
        var d = r.BestVersusPlan.ProbabilityDifference;
        Assert.Contains($"最佳占比比計劃 {(d.Value * 100).ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture)} 個百分點（95% 區間", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>存量客戶復購</td><td class=\"num\">1,800</td><td class=\"num\">{ChartOptions.FormatPercent(r.Plan.Streams[0].Probability.Value)}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsSection_Robustness_SaysTheBestHangsOnS6AndQuotesIt()
    {
        var robust = AnalysisRuns.Robustness;
        var (html, _) = SectionRun.Write(new SplitsSection(), Samples.WithEveryResult());
        Assert.Contains(robust.DistinctBest > 1 ? "<h3>最佳占比取決於投入反應假設 S6</h3>" : "<h3>投入反應假設 S6改變時，最佳占比不變</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"{robust.Versions} 個版本得出 {robust.DistinctBest} 種不同的最佳占比", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>情景所述</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>存量客戶復購：floor 0.5 → 0.7</td>", html, StringComparison.Ordinal);
        Assert.Contains("假設 S6（情景檔案原文）：A split steers effort and budget as well as targets.", html, StringComparison.Ordinal);
        var shift = robust.Shifts[0];
        var expected = shift.Lower == shift.Versions ? "個版本的最佳占比都低於計劃的 36%" : shift.Higher == shift.Versions ? "個版本的最佳占比都高於計劃的 36%" : "方向取決於假設";
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsSection_EnglishWithoutALabelledAssumption_NoLabelAndNoQuote()
    {
        var content = Samples.WithEveryResult() with { ResponseAssumption = null };
        var (html, _) = SectionRun.Write(new SplitsSection(), content, ChartOptions.English);
        Assert.Contains("under the scenario&#39;s response model (assumption: each line", html, StringComparison.Ordinal);
        Assert.DoesNotContain("as the scenario file states it", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>as the scenario states it</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsSection_HostileAssumptionText_Escaped()
    {
        var content = Samples.WithEveryResult() with { ResponseAssumption = new Analytics.Scenarios.ScenarioAssumption("S6", "<script>alert(1)</script> & more") };
        var (html, _) = SectionRun.Write(new SplitsSection(), content);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_ShippedPlan_EveryTargetRowWithItsSourceAndLine()
    {
        var (html, _) = SectionRun.Write(new SourcesSection(), PlanOnly.Value);
        Assert.Equal(Shipped.Plan.Targets.Count, html.Split("<tr>").Length - 2);
        Assert.Contains("<td>A6: repurchase split by the regions that hold the installed base</td><td>targets.csv:6</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_ShippedPlan_AssumptionRangeIsWhatTheTargetsCite()
    {
        // Independently: the A-numbers in targets.csv's source column (A6, A7 in the shipped plan).
        var cited = File.ReadLines(Path.Combine(RepoPaths.ShippedPlan, "targets.csv")).Skip(1)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l.Split(',')[^1], @"\bA(\d+)\b"))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        var (html, _) = SectionRun.Write(new SourcesSection(), PlanOnly.Value);
        Assert.Contains($"「A{cited.Min()}」至「A{cited.Max()}」是明確標示的假設", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A14", html, StringComparison.Ordinal);
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
        var scenario = ScenarioRuns.Plc with { Name = "x\"><script>", Description = Hostile };
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
        var seed = ScenarioRuns.SeedNotes();
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

