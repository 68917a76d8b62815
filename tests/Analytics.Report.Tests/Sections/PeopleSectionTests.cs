using Analytics.Charts;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class PeopleSectionTests
{
    [Fact]
    public void PeopleSection_ShippedPlan_TableAndOverAssignment()
    {
        var (html, charts) = SectionRun.Write(new PeopleSection(), SectionContents.PlanOnly);
        Assert.Equal(["personal-targets"], charts);
        Assert.Contains("<td>銷售總監</td><td class=\"num\">5,000</td><td class=\"num\">1,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("個人目標合計 12,080 萬元，是公司目標的 2.416 倍", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PeopleSection_RolesFromTheData_PrintedByTheirNames()
    {
        using var folder = new TempPlanFolder()
            .Write("roles.csv", "id,name_zh,name_en,kind,source\ndirector,銷售總監,Sales director,director,x\nindustry_manager,行業經理,Industry manager,industry_manager,x\nregional_manager,區域經理,Regional manager,regional_manager,x\nchannel_specialist,渠道專員,Channel specialist,channel_specialist,x\nka,大客戶經理,Key-account manager,key_account,x\n")
            .Replace("people.csv", "director,銷售總監,Sales director,director,", "director,銷售總監,Sales director,ka,");
        var plan = Analytics.Loading.PlanLoader.Load(folder.Path);

        var (zh, _) = SectionRun.Write(new PeopleSection(), ReportContent.FromPlan(plan));
        var (en, _) = SectionRun.Write(new PeopleSection(), ReportContent.FromPlan(plan), ChartOptions.English);

        Assert.Contains("<td>大客戶經理</td>", zh, StringComparison.Ordinal);
        Assert.Contains("<td>區域經理</td>", zh, StringComparison.Ordinal);
        Assert.Contains("<td>Key-account manager</td>", en, StringComparison.Ordinal);
        Assert.DoesNotContain("RegionalManager", zh + en, StringComparison.Ordinal);
        Assert.DoesNotContain("KeyAccount", zh + en, StringComparison.Ordinal);
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
}
