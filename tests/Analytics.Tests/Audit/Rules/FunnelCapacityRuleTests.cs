using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class FunnelCapacityRuleTests
{
    private readonly FunnelCapacityRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_RatesByHand()
    {
        // 3C: (800 - 300) / 45 = 11.1 wins / 120 leads = 9.26%; lithium (700 - 180) / 100 = 5.2 / 60 = 8.67%;
        // packaging (700 - 400) / 40 = 7.5 / 90 = 8.33%.
        var findings = Run(_rule, Consistent);
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("11.1 wins from 120 leads", StringComparison.Ordinal) && f.Message.Contains("9.26%", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("8.67%", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("8.33%", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FewLeads_WarningAboveTypical()
    {
        // Lithium with only the fair's 50 leads cut to 20: 5.2 / 20 = 26% > 20%.
        var shows = Consistent.TradeShows.Select(s => s.Id == "ts_lithium" ? new TradeShow(s.Id, s.NameZh, s.NameEn, s.IndustryId, 10, s.Month, s.Cost, s.Source) : s).ToArray();
        var f = Single(_rule, Consistent.With(tradeShows: shows), Severity.Warning);
        Assert.Contains("26%", f.Message, StringComparison.Ordinal);
        Assert.Contains("needs 26 leads (6 more)", f.Fixes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MoreWinsThanLeads_ImpossibleError()
    {
        var shows = Consistent.TradeShows.Select(s => s.Id == "ts_lithium" ? new TradeShow(s.Id, s.NameZh, s.NameEn, s.IndustryId, 0, s.Month, s.Cost, s.Source) : s).ToArray();
        var leads = Consistent.LeadSources.Select(l => l.IndustryId == "lithium" ? new LeadSource(l.IndustryId, l.Kind, 3, l.Source) : l).ToArray();
        var f = Single(_rule, Consistent.With(tradeShows: shows, leadSources: leads), Severity.Error);
        Assert.Contains("impossible", f.Message, StringComparison.Ordinal);
    }
}
