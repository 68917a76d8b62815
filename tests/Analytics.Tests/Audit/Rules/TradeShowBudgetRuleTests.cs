using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class TradeShowBudgetRuleTests
{
    private readonly TradeShowBudgetRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_ShowsCostMoreThanTheirLine_Error()
    {
        var shows = Consistent.TradeShows.Select(s => new TradeShow(s.Id, s.NameZh, s.NameEn, s.IndustryId, s.QualifiedLeads, s.Month, s.Cost + 10, s.Source)).ToArray();
        var f = Single(_rule, Consistent.With(tradeShows: shows), Severity.Error);
        Assert.Contains("cost 110", f.Message, StringComparison.Ordinal);
        Assert.Contains("trade_shows is 80", f.Message, StringComparison.Ordinal);
    }
}
