using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class AuditSectionTests
{
    [Fact]
    public void AuditSection_ShippedPlan_ErrorsAsBlocksInfoAsTable()
    {
        var (html, _) = SectionRun.Write(new AuditSection(), SectionContents.PlanOnly);
        Assert.Equal(2, html.Split("class=\"finding error\"").Length - 1);
        Assert.Contains("<td>growth-stated</td><td>facts.csv:5</td>", html, StringComparison.Ordinal);
    }
}
