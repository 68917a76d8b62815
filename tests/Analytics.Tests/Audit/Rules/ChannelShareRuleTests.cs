using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class ChannelShareRuleTests
{
    private readonly ChannelShareRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_InfoAt40Percent()
    {
        var f = Assert.Single(Run(_rule, Consistent));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("880 = 40% of the 2200 new-customer target", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartnersCarryMoreThanStated_Error()
    {
        var plan = Consistent.With(channelPartners: Partners(p => p.Id == "cp01" ? 220m : p.Target));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("add up to 980", f.Message, StringComparison.Ordinal);
        Assert.Contains("partners carry 40% (880)", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartnersSellMoreThanTheAreaTarget_ImpossibleShare()
    {
        // North packaging target is 385; its partners get 300 + 190 = 490, the total stays 880
        // (central packaging partners drop to 0 and cp01 to 30).
        var plan = Consistent.With(channelPartners: Partners(p => p.Id switch { "cp07" => 300m, "cp08" => 190m, "cp09" => 0m, "cp10" => 0m, "cp01" => 30m, _ => p.Target }));
        var f = Single(_rule, plan, Severity.Error);
        Assert.Contains("packaging in north", f.Message, StringComparison.Ordinal);
        Assert.Contains("sell 490, but the new-customer target there is only 385: an impossible share", f.Message, StringComparison.Ordinal);
    }

    private static ChannelPartner[] Partners(Func<ChannelPartner, decimal> target)
        => Consistent.ChannelPartners.Select(p => new ChannelPartner(p.Id, p.NameZh, p.RegionId, p.IndustryId, target(p), p.OwnerId, p.Source)).ToArray();
}
