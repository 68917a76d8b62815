using Analytics.Charts;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class PhasingSectionTests
{
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
        var (html, charts) = SectionRun.Write(new PhasingSection(), SectionContents.PlanOnly);
        Assert.Equal(["phasing"], charts);
        Assert.Contains("<td>Q4</td><td class=\"num\">28.0%</td><td class=\"num\">1,400</td><td class=\"num\">467 / 467 / 466</td><td class=\"num\">600</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("class=\"finding error\"").Length - 1);
    }
}
