using Analytics.Audit;
using Analytics.Charts;
using Analytics.Decomposition;
using Analytics.Interactive.Formatters;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Formatters;

[Collection(NotebookOptionsCollection.Name)]
public class PlanHtmlTests
{
    [Fact]
    public void Plan_Shipped_HeadlineFactsAndBusinessTypes()
    {
        var html = PlanHtml.Plan(Shipped.Plan);
        Assert.Contains("<div class=\"value\">5,000 萬元</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">31.6%</div>", html, StringComparison.Ordinal);
        Assert.Contains("<td>存量客戶復購</td><td class=\"num\">1,800</td><td class=\"num\">36.0%</td><td>seed §2 layer 1</td>", html, StringComparison.Ordinal);
        Assert.Contains(".analytics table {", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_Shipped_TreeQuartersAndOverAssignment()
    {
        var html = PlanHtml.Decomposition(Shipped.Decomposition);
        Assert.Contains("<td>nc_3c</td><td class=\"num\">800</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Q4</td><td class=\"num\">1,400</td><td class=\"num\">467 / 467 / 466</td>", html, StringComparison.Ordinal);
        Assert.Contains("2.416", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Shipped_CountsAndEveryFinding()
    {
        var report = PlanAuditor.Audit(Shipped.Plan);
        var html = PlanHtml.Audit(report);
        Assert.Contains("2 個錯誤，0 個警告，10 項說明", html, StringComparison.Ordinal);
        Assert.Equal(report.Findings.Count, html.Split("<div class=\"finding ").Length - 1);
        Assert.Contains("保留 28% 的份額：把 Q4 的月目標設為 466.67", html, StringComparison.Ordinal); // the notebooks are Chinese: findings in Chinese
    }

    [Fact]
    public void Matrix_Shipped_RowsWithTotals()
    {
        var html = PlanHtml.Matrix(RegionMatrix.From(Shipped.Decomposition));
        Assert.Contains("<td>合計</td><td></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">5,000</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_English_LabelsFollowTheNotebookOptions()
    {
        var saved = Notebook.Options;
        try
        {
            Notebook.Options = ChartOptions.English;
            var html = PlanHtml.Plan(Shipped.Plan);
            Assert.Contains("<div class=\"label\">2026 target</div><div class=\"value\">50.00 million CNY</div>", html, StringComparison.Ordinal);
            Assert.Contains("<td>Existing-customer repurchase</td>", html, StringComparison.Ordinal);
        }
        finally
        {
            Notebook.Options = saved;
        }
    }

    [Fact]
    public void Plan_HostileNames_Escaped()
    {
        using var folder = new TempPlanFolder().Replace("targets.csv", "存量客戶復購", "<script>alert(1)</script>");
        var plan = PlanLoader.Load(folder.Path);
        foreach (var html in new[] { PlanHtml.Plan(plan), PlanHtml.Decomposition(PlanDecomposer.Decompose(plan)) })
        {
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }
}
