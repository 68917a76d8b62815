using Analytics.Charts;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class ReportHeadlineTests
{
    [Fact]
    public void Text_PlanOnly_TargetGrowthAuditAndThatPHitNeedsASimulation()
    {
        var text = ReportHeadline.Text(ReportContent.FromPlan(Shipped.Plan), ChartOptions.English);
        var lines = text.Split('\n');
        Assert.Equal("2026 target: 50.00 million CNY (last year 38.00 million CNY, growth 31.6%)", lines[0]);
        Assert.Contains("Existing-customer repurchase: 18.00 million CNY (36.0% of the target)", lines);
        Assert.Contains("Probability of hitting the target: needs a simulation (this report rests on the plan alone; draft the plan's scenario from its own data with analytics scenario draft PLAN_DIR (it writes scenario.json; review its labelled assumptions), or give a scenario with --scenario, to show it)", lines);
        Assert.Contains("Audit: 2 error(s), 0 warning(s) (phasing-quarter: phasing.csv:5)", lines);
        Assert.Contains("Personal targets / company target: 2.416 x (120.80 million CNY)", lines);
    }

    [Fact]
    public void Figures_WithSimulation_ProbabilityErrorAndPercentiles()
    {
        var figures = ReportHeadline.Figures(Samples.WithEveryResult(), ChartOptions.Default);
        Assert.Contains(("達標機率 P(≥ 5,000 萬元)", "62.3%", "± 0.48 個百分點（標準誤）；95% 區間 61.4% – 63.2%；情景 plc-2026，100,000 次模擬，種子 2026"), figures);
        // Simulated amounts to whole 萬元: their decimals are noise.
        Assert.Contains(("P10 / P50 / P90", "4,450 / 5,121 / 5,790", "萬元；平均 5,150"), figures);
    }

    [Fact]
    public void Text_WithSimulationInEnglish_ProbabilityWithItsErrorOnOneLine()
    {
        var lines = ReportHeadline.Text(Samples.WithEveryResult(), ChartOptions.English).Split('\n');
        Assert.Contains("Probability of reaching 50.00 million CNY: 62.3% (± 0.48 points (standard error); 95% interval 61.4% – 63.2%; scenario plc-2026, 100,000 simulated years, seed 2026)", lines);
        Assert.Contains("P10 / P50 / P90: 44.50 / 51.21 / 57.90 (million CNY; mean 51.50)", lines);
    }

    [Fact]
    public void Text_WithTheYearSoFar_OneMoreLineWithTheConditionalProbability()
    {
        var without = ReportHeadline.Text(SectionContents.Simulated, ChartOptions.English).Split('\n');
        var r = SectionContents.ShippedYear;
        var with = ReportHeadline.Text(SectionContents.Simulated.WithInYear(r), ChartOptions.English).Split('\n');
        Assert.Equal(without.Length + 1, with.Length);
        var line = Assert.Single(with.Except(without));
        Assert.Equal($"P(target | year to date through 2026-06): {Analytics.Common.Formats.Percent(r.Forecast.Hit.Value)} (± {Analytics.Common.Formats.Points(r.Forecast.Hit.StandardError)} points; booked 15.08 million CNY; {Analytics.Common.Formats.Percent(r.PriorHit.Value)} before the year)", line);

        var outside = ReportHeadline.Text(SectionContents.Simulated.WithInYear(SectionContents.FarBelow), ChartOptions.Default);
        Assert.Contains("；實際數據在情景預期之外，此為近似)", outside, StringComparison.Ordinal);
    }
}
