using Analytics.Common;
using Analytics.Charts;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class TimingSectionTests
{
    [Fact]
    public void TimingSection_TriggerRun_FanRuleFiringByQuarterAndThePolicy()
    {
        var section = new TimingSection();
        Assert.False(section.Applies(SectionContents.PlanOnly));
        var t = AnalysisRuns.Trigger;
        var (html, charts) = SectionRun.Write(section, Samples.WithEveryResult());
        Assert.Equal(["fan", "quarterly-rule"], charts);
        Assert.Contains($"共 {t.Trials:#,0} 個年度（種子 3）", html, StringComparison.Ordinal);
        Assert.Contains($"規則觸發的機率：Q1 {Formats.Percent(t.Quarters[0].Firing.Value)}、Q2 {Formats.Percent(t.Quarters[1].Firing.Value)}", html, StringComparison.Ordinal);
        var p = t.Policy!;
        Assert.Contains($"它在 {Formats.Percent(p.FiresByQ3.Value)} 的年份啟動", html, StringComparison.Ordinal);
        Assert.Contains($"由 {Formats.Percent(p.Without.Value)} 變為 {Formats.Percent(p.With.Value)}", html, StringComparison.Ordinal);
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
        Assert.Contains($"In the {acts.Trials.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} years in which it acts, P(hit) moves from {Formats.Percent(acts.Without!.Value)} to {Formats.Percent(acts.With!.Value)}.", html, StringComparison.Ordinal);
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
}
