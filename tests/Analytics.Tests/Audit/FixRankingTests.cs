using System.Text.RegularExpressions;
using Analytics.Audit;
using Analytics.Common;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit;

/// <summary>The audit's first fix: applied to a copy of each broken plan and audited again.</summary>
public partial class FixRankingTests
{
    public static TheoryData<string> BrokenPlans => [.. Broken.Keys];

    [Theory]
    [MemberData(nameof(BrokenPlans))]
    public void Audit_FirstFixOfEveryFinding_RemovesItAndCreatesNoNewError(string name)
    {
        var plan = Broken[name]();
        var before = PlanAuditor.Audit(plan);
        var errorsBefore = before.Findings.Where(f => f.Severity == Severity.Error).Select(Key).ToHashSet();
        foreach (var finding in before.Findings.Where(f => f.Remedies.Count > 0 && f.Remedies[0].CanApply))
        {
            var after = PlanAuditor.Audit(finding.Remedies[0].Apply(plan));
            Assert.DoesNotContain(after.Findings, f => Key(f) == Key(finding) && f.Severity == finding.Severity);
            var added = after.Findings.Where(f => f.Severity == Severity.Error && !errorsBefore.Contains(Key(f))).Select(f => f.Message).ToArray();
            Assert.True(added.Length == 0, $"{name}: \"{finding.Remedies[0].Text}\" creates {string.Join(" / ", added)}");
        }
    }

    [Theory]
    [InlineData("shipped", "phasing-quarter")]
    [InlineData("children-sum", "children-sum")]
    [InlineData("children-sum-nested", "children-sum")]
    [InlineData("share-sum", "share-sum")]
    [InlineData("phasing-shares", "phasing-total")]
    [InlineData("partial-shares", "children-sum")]
    [InlineData("growth", "growth-stated")]
    public void Audit_FindingWithAFixThatWorks_ListsAnEditFirst(string name, string rule)
        => Assert.True(Assert.Single(PlanAuditor.Audit(Broken[name]()).Findings, f => f.Rule == rule && f.Severity == Severity.Error).Remedies[0].CanApply);

    [Fact]
    public void Audit_ChildrenFortyOverTheirParent_FirstFixLowersAChildNotTheParent()
    {
        // nc_3c is 800, its areas 480 + 360 = 840: "set nc_3c to 840" would break new_customers (2240 against 2200).
        var finding = Assert.Single(PlanAuditor.Audit(Broken["children-sum-nested"]()).Findings, f => f.Rule == "children-sum");
        Assert.Equal("Lower nc_3c_prd's amount from 480 to 440.", finding.Fixes[0]);
        Assert.Equal("把 nc_3c_prd 的金額從 480 降到 440。", finding.FixesIn(Language.Chinese)[0]);
        Assert.Equal("Or lower nc_3c_yrd's amount from 360 to 320.", finding.Fixes[1]);
        Assert.Contains("Or set nc_3c to 840.", finding.Fixes);
        Assert.Equal("Or set nc_3c to 840.", finding.Fixes[^1]); // checked fixes, then advice, then the fix that breaks the parent
    }

    [Fact]
    public void Audit_BudgetTotalAndRatioBothOff_SettingTheTotalAloneIsNotFirst()
    {
        // budget_total 260 and budget_ratio 5.2% agree with each other but not with the lines' 250:
        // setting the total to 250 would break the ratio, so the advice to change the lines comes first.
        var finding = Assert.Single(PlanAuditor.Audit(Broken["budget-sum"]()).Findings, f => f.Rule == "budget-sum");
        Assert.False(finding.Remedies[0].CanApply);
        Assert.Equal("Or set budget_total to 250.", finding.Fixes[1]);
    }

    [Fact]
    public void Audit_SharesAddingUpTo105_FixNamesTheRowAndTheDirection()
    {
        var finding = Assert.Single(PlanAuditor.Audit(Broken["share-sum"]()).Findings, f => f.Rule == "share-sum");
        Assert.Equal("Lower rp_south's share from 0.35 to 0.30.", finding.Fixes[0]);
        Assert.Equal("把 rp_south 的份額從 0.35 降到 0.30。", finding.FixesIn(Language.Chinese)[0]);
        Assert.Equal("Or scale every share to add up to 100%: rp_south 0.35 → 0.33, rp_east 0.20 → 0.19, rp_central 0.25 → 0.24, rp_north 0.15 → 0.14.", finding.Fixes[^1]);
    }

    [Fact]
    public void Audit_QuarterlySharesAddingUpTo101_FirstFixIsTheQuarterWhoseMonthsAgree()
    {
        // Q2 states 400 a month (1200 = 24% of 5000) but a 25% share: lowering Q2 is the fix that fits its own months.
        var finding = Assert.Single(PlanAuditor.Audit(Broken["phasing-shares"]()).Findings, f => f.Rule == "phasing-total");
        Assert.Equal("Lower Q2's share from 0.25 to 0.24, and its monthly target to 400.", finding.Fixes[0]);
    }

    [Fact]
    public void Audit_ManagerWithoutTarget_AnErrorThatFailsTheAudit()
    {
        var newcomer = new Person("rm_new", "新區域經理", "New regional manager", Role.BuiltInRole("regional_manager"), null, "north", SourceLocation.None);
        var report = PlanAuditor.Audit(Consistent.With(people: [.. Consistent.People, newcomer]));
        Assert.True(report.HasErrors);
        Assert.Equal("person-target", Assert.Single(report.Findings, f => f.Severity == Severity.Error).Rule);
    }

    [Theory]
    [MemberData(nameof(BrokenPlans))]
    public void Audit_EveryFindingAndFix_InChineseAndInEnglish(string name)
    {
        foreach (var finding in PlanAuditor.Audit(Broken[name]()).Findings)
        {
            Assert.Matches(Cjk(), finding.MessageIn(Language.Chinese));
            Assert.DoesNotMatch(Cjk(), finding.Message);
            Assert.All(finding.FixesIn(Language.Chinese), f => Assert.Matches(Cjk(), f));
            Assert.All(finding.Fixes, f => Assert.DoesNotMatch(Cjk(), f));
        }
    }

    private static (string, SourceLocation) Key(AuditFinding f) => (f.Rule, f.Location);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
