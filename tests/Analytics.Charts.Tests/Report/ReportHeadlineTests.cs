using Analytics.Charts.Report;
using Analytics.Charts.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Report;

public class ReportHeadlineTests
{
    [Fact]
    public void Text_PlanOnly_TargetGrowthAuditAndThatPHitNeedsASimulation()
    {
        var text = ReportHeadline.Text(ReportContent.FromPlan(Shipped.Plan), ChartOptions.English);
        var lines = text.Split('\n');
        Assert.Equal("2026 target: 50.00 million CNY (last year 38.00 million CNY, growth 31.6%)", lines[0]);
        Assert.Contains("Existing-customer repurchase: 18.00 million CNY (36.0% of the target)", lines);
        Assert.Contains("Probability of hitting the target: needs a simulation (this report rests on the plan alone; shown once a simulation scenario is run)", lines);
        Assert.Contains("Audit: 2 error(s), 0 warning(s) (phasing-quarter: phasing.csv:5)", lines);
        Assert.Contains("Personal targets / company target: 2.416 x (120.80 million CNY)", lines);
    }

    [Fact]
    public void Figures_WithSimulation_ProbabilityErrorAndPercentiles()
    {
        var figures = ReportHeadline.Figures(Samples.WithEveryResult(), ChartOptions.Default);
        Assert.Contains(("達標機率", "62.3%", "標準誤 0.5%；100,000 次模擬"), figures);
        Assert.Contains(("P10 / P50 / P90", "4,450 / 5,120 / 5,790", "萬元"), figures);
    }
}
