using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class DecompositionSectionTests
{
    [Fact]
    public void DecompositionSection_ShippedPlan_TwoChartsAndTheBusinessTypesWithSources()
    {
        var (html, charts) = SectionRun.Write(new DecompositionSection(), SectionContents.PlanOnly);
        Assert.Equal(["decomposition", "industry-region"], charts);
        Assert.Contains("<td>新客戶開發</td><td class=\"num\">2,200</td><td class=\"num\">44.0%</td><td>seed §2 layer 1</td>", html, StringComparison.Ordinal);
    }
}
