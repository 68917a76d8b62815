using Analytics.Audit;
using Analytics.Common;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit;

public class AuditFixTests
{
    /// <summary>Plans that break one rule each (the shipped plan breaks the phasing rules).</summary>
    public static TheoryData<string> BrokenPlans => [.. Broken.Keys];

    [Theory]
    [MemberData(nameof(BrokenPlans))]
    public void Apply_EveryApplicableFix_RemovesItsFinding(string name)
    {
        var plan = Broken[name]();
        var audit = PlanAuditor.Audit(plan);
        var applicable = audit.Findings.Where(f => f.Remedies.Any(r => r.CanApply)).ToArray();
        Assert.NotEmpty(applicable);
        foreach (var finding in applicable)
        {
            foreach (var fix in finding.Remedies.Where(r => r.CanApply))
            {
                var after = PlanAuditor.Audit(fix.Apply(plan));
                Assert.True(
                    Count(after, finding) < Count(audit, finding),
                    $"{name}: \"{fix.Text}\" leaves {finding.Rule} at {finding.Location}: {string.Join(" / ", after.Findings.Where(f => Same(f, finding)).Select(f => f.Message))}");
            }
        }
    }

    [Fact]
    public void Apply_ShippedQ4Fix_PlanPassesTheAuditWithQ4At466_67()
    {
        var finding = PlanAuditor.Audit(Plans.Shipped).Findings.First(f => f.Rule == "phasing-quarter");
        var fix = finding.Remedies[0];
        Assert.Equal("Keep the 28% share: set Q4's monthly target to 466.67 (1400 / 3).", fix.Text);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("phasing.csv Q4 monthly_amount = 466.67", edit.ToString());
        var fixedPlan = fix.Apply(Plans.Shipped);
        Assert.False(PlanAuditor.Audit(fixedPlan).HasErrors);
        Assert.Equal(466.67m, fixedPlan.Phasing[3].MonthlyAmount);
        Assert.Equal(600m, Plans.Shipped.Phasing[3].MonthlyAmount);
    }

    [Fact]
    public void Fixes_AreTheRemediesTexts()
    {
        var finding = PlanAuditor.Audit(Plans.Shipped).Findings.First(f => f.Rule == "phasing-quarter");
        Assert.Equal(finding.Remedies.Select(r => r.Text), finding.Fixes);
        Assert.True(finding.Remedies[0].CanApply);
        Assert.False(finding.Remedies[1].CanApply); // keeping 600 a month needs the owner to choose which quarters give way
    }

    [Fact]
    public void Apply_Advice_ThrowsNamingIt()
    {
        var advice = AuditFix.Advice(new BilingualText("把這家夥伴交給一位渠道專員。", "Give the partner to a channel specialist."));
        Assert.False(advice.CanApply);
        Assert.Empty(advice.Edits);
        var e = Assert.Throws<InvalidOperationException>(() => advice.Apply(Plans.Shipped));
        Assert.Contains("Give the partner to a channel specialist.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TwoEdits_BothInOrder()
    {
        var fix = new AuditFix(new BilingualText("設 Q1 與 Q2。", "Set Q1 and Q2."), PlanCellEdit.QuarterMonthly(1, 310m), PlanCellEdit.QuarterMonthly(1, 320m), PlanCellEdit.QuarterShare(2, 0.25m));
        var changed = fix.Apply(Plans.Shipped);
        Assert.Equal(320m, changed.Phasing[0].MonthlyAmount);
        Assert.Equal(0.25m, changed.Phasing[1].Share);
    }

    [Theory]
    [InlineData("", "Do it.")]
    [InlineData("做。", "  ")]
    public void Constructor_BlankText_Throws(string zh, string en) => Assert.ThrowsAny<ArgumentException>(() => new AuditFix(new BilingualText(zh, en)));

    [Fact]
    public void ToString_IsTheEnglishText() => Assert.Equal("Do it.", AuditFix.Advice(new BilingualText("做。", "Do it.")).ToString());

    private static bool Same(AuditFinding a, AuditFinding b) => a.Rule == b.Rule && a.Location == b.Location && a.Severity == b.Severity;

    private static int Count(AuditReport report, AuditFinding finding) => report.Findings.Count(f => Same(f, finding));
}
