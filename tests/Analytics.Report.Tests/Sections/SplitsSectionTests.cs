using Analytics.Common;
using Analytics.Charts;
using Analytics.Charts.Adapters;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class SplitsSectionTests
{
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
        Assert.Contains($"The safest split on it, {Analytics.Charts.Adapters.SplitMaps.Percentages(safest.Split, 0, 1, 2)} (P(hit) {Formats.Percent(safest.ProbabilityOfTarget.Value)}", html, StringComparison.Ordinal);
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
        Assert.False(section.Applies(SectionContents.PlanOnly));
        Assert.Equal(["split-ternary", "split-frontier"], SectionRun.Write(section, Samples.WithEveryResult()).Charts);
        Assert.Equal(["split-ternary"], SectionRun.Write(section, Samples.WithChartInputsOnly()).Charts);
    }

    [Fact]
    public void SplitsSection_SplitRun_PlanBestAndRiskBalancedRowsPairedDifferencesAndSubTargets()
    {
        var r = AnalysisRuns.Splits;
        var (html, _) = SectionRun.Write(new SplitsSection(), Samples.WithEveryResult());
        Assert.Contains($"{r.Grid.Count} 種占比（步長 25%）都在同樣的 2,000 個模擬年度上評估（種子 3）", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>計劃</td><td class=\"num\">36/44/20</td><td class=\"num\">{Formats.Percent(r.Plan.ProbabilityOfTarget.Value)}</td>", html, StringComparison.Ordinal);
        var best = Analytics.Charts.Adapters.SplitMaps.Percentages(r.Best.Split, 0, 1, 2);
        Assert.Contains($"<tr><td>最佳</td><td class=\"num\">{best}</td>", html, StringComparison.Ordinal);
        var d = r.BestVersusPlan.ProbabilityDifference;
        Assert.Contains($"最佳占比比計劃 {(d.Value * 100).ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture)} 個百分點（95% 區間", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>存量客戶復購</td><td class=\"num\">1,800</td><td class=\"num\">{Formats.Percent(r.Plan.Streams[0].Probability.Value)}</td>", html, StringComparison.Ordinal);
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
        Assert.Contains("假設 S6（情景檔案原文）：占比不只分配目標，也分配精力與預算。", html, StringComparison.Ordinal);
        Assert.Contains("Assumption S6 (as the scenario file states it): A split steers effort and budget as well as targets.", SectionRun.Write(new SplitsSection(), Samples.WithEveryResult(), Analytics.Charts.ChartOptions.English).Html, StringComparison.Ordinal);
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

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    public void SplitsSection_AnyNumberOfLines_TernaryForThreeElseTheBestSplitsAsBarsAndSmallMultiples(int lines)
    {
        var splits = LineScenarios.Splits(lines);
        var robustness = Analytics.Analyses.Splits.ResponseRobustness.Run(LineScenarios.Load(lines), new Analytics.Simulation.Engine.SimulationOptions(600, 5, threads: 2), step: splits.Step);
        var content = ReportContent.FromPlan(Shipped.Plan).WithSplits(splits, robustness);
        var (html, charts) = SectionRun.Write(new SplitsSection(), content);
        Assert.Equal(lines == 3 ? ["split-ternary", "split-frontier"] : ["split-ranking", "split-profiles", "split-frontier"], charts);
        var names = string.Join(" / ", Enumerable.Range(1, lines).Select(k => "line" + k));
        Assert.Contains($"<th class=\"num\">{names}</th>", html, StringComparison.Ordinal);
        Assert.Contains($"最佳占比（{names}）", html, StringComparison.Ordinal);
        Assert.Contains(SplitMaps.Percentages(splits.Plan.Split, [.. Enumerable.Range(0, lines)]), html, StringComparison.Ordinal);
        Assert.DoesNotContain("repurchase / new customers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The best split", html, StringComparison.Ordinal); // the Chinese page is Chinese
    }
}
