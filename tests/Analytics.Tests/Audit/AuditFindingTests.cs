using Analytics.Audit;
using Analytics.Common;

namespace Analytics.Tests.Audit;

public class AuditFindingTests
{
    private static readonly AuditFix SetTotal = new(new BilingualText("把 budget_total 設為 260。", "Set budget_total to 260."), PlanCellEdit.Fact("budget_total", 260m));
    private static readonly AuditFix ChangeLines = AuditFix.Advice(new BilingualText("把各項合計調整 -10。", "Change the lines by -10 in total."));
    private static readonly AuditFix AtQ4 = AuditFix.Advice(new BilingualText("把 Q4 調低。", "Q4 lower."));

    [Fact]
    public void Remedies_AfterTheFirst_ReadAsAlternatives()
    {
        var finding = new AuditFinding(Severity.Error, "budget-sum", SourceLocation.None, new BilingualText("錯。", "Wrong."), [SetTotal, ChangeLines, AtQ4]);
        Assert.Equal(["Set budget_total to 260.", "Or change the lines by -10 in total.", "Or Q4 lower."], finding.Fixes);
        Assert.Equal(["把 budget_total 設為 260。", "或把各項合計調整 -10。", "或把 Q4 調低。"], finding.FixesIn(Language.Chinese));
        Assert.Equal(finding.Fixes, finding.Remedies.Select(r => r.Text));
    }

    [Fact]
    public void WithRemedies_Reordered_EachWordedForItsNewPlace()
    {
        var finding = new AuditFinding(Severity.Error, "budget-sum", SourceLocation.None, new BilingualText("錯。", "Wrong."), [ChangeLines, SetTotal]);
        var reordered = finding.WithRemedies([finding.Remedies[1], finding.Remedies[0]]);
        Assert.Equal(["Set budget_total to 260.", "Or change the lines by -10 in total."], reordered.Fixes);
    }

    [Fact]
    public void Message_IsTheEnglishText()
    {
        var finding = new AuditFinding(Severity.Info, "growth-stated", SourceLocation.None, new BilingualText("增長。", "Growth."), []);
        Assert.Equal("Growth.", finding.Message);
        Assert.Equal("增長。", finding.MessageIn(Language.Chinese));
    }
}
