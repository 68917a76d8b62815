using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// channel-share: channel partners carry the stated share of the new-customer target (the total of
/// the plan's new-customer lines), no partner group is expected to sell more than the new-customer
/// target of the industry and region it sells in, and partners are carried by channel specialists.
/// </summary>
public sealed class ChannelShareRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "channel-share";

    /// <inheritdoc />
    public string Description => "Channel partners' targets match the stated channel share and fit inside the new-customer targets.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var lines = plan.LinesOf(LineKind.NewCustomers).Select(l => context.Decomposition[l.Id]).ToArray();
        if (plan.ChannelPartners.Count == 0 || lines.Length == 0)
        {
            yield break;
        }

        // Several new-customer lines share the channel: the stated share is of their total.
        var lineAmount = lines.Sum(l => l.Amount);
        var share = plan.Facts.ChannelShareOfNewCustomers;
        var expected = share * lineAmount;
        var total = plan.ChannelPartners.Sum(c => c.Target);
        var actual = lineAmount == 0 ? 0 : total / lineAmount;
        var count = plan.ChannelPartners.Count;
        if (Math.Abs(total - expected) > Figures.ShareTolerance(share, lineAmount))
        {
            var setShare = PlanCellEdit.Fact("channel_share_of_new_customers", decimal.Round(actual, 4));
            yield return new AuditFinding(
                Severity.Error,
                Id,
                plan.FactLocation("channel_share_of_new_customers"),
                new BilingualText(
                    $"{count} 家渠道夥伴的目標合計 {Formats.PlainAmount(total)} = 新客戶目標 {Formats.PlainAmount(lineAmount)} 的 {Formats.PlainPercent(actual)}，但計劃寫的是夥伴承擔 {Formats.PlainPercent(share)}（{Formats.PlainAmount(expected)}）。",
                    $"The {count} channel partners' targets add up to {Formats.PlainAmount(total)} = {Formats.PlainPercent(actual)} of the {Formats.PlainAmount(lineAmount)} new-customer target, but the plan says partners carry {Formats.PlainPercent(share)} ({Formats.PlainAmount(expected)})."),
                [
                    AuditFix.Advice(new BilingualText($"把夥伴目標合計調整 {Formats.PlainAmount(expected - total)}。", $"Change the partners' targets by {Formats.PlainAmount(expected - total)} in total.")),
                    new AuditFix(new BilingualText($"把 channel_share_of_new_customers 設為 {setShare.ValueText}。", $"Set channel_share_of_new_customers to {setShare.ValueText}."), setShare),
                ]);
        }
        else
        {
            var largest = Formats.PlainAmount(plan.ChannelPartners.Max(c => c.Target));
            var smallest = Formats.PlainAmount(plan.ChannelPartners.Min(c => c.Target));
            yield return new AuditFinding(
                Severity.Info,
                Id,
                plan.FactLocation("channel_share_of_new_customers"),
                new BilingualText(
                    $"{count} 家渠道夥伴承擔 {Formats.PlainAmount(total)} = 新客戶目標 {Formats.PlainAmount(lineAmount)} 的 {Formats.PlainPercent(actual)}，與計劃所寫一致；最大一家 {largest}，最小一家 {smallest}。",
                    $"The {count} channel partners carry {Formats.PlainAmount(total)} = {Formats.PlainPercent(actual)} of the {Formats.PlainAmount(lineAmount)} new-customer target, as stated; the largest carries {largest}, the smallest {smallest}."),
                []);
        }

        // Partners selling an industry in a region cannot sell more than that industry's new-customer target there.
        var leaves = lines.SelectMany(l => l.Descendants()).Where(t => t.IsLeaf).ToArray();
        foreach (var group in plan.ChannelPartners.GroupBy(c => (c.IndustryId, c.RegionId)))
        {
            var sum = group.Sum(c => c.Target);
            var room = leaves.Where(t => t.Node.IndustryId == group.Key.IndustryId && t.Node.RegionId == group.Key.RegionId).Sum(t => t.Amount);
            if (sum > room)
            {
                var ids = string.Join(", ", group.Select(c => c.Id));
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    group.First().Source,
                    new BilingualText(
                        $"在 {group.Key.RegionId} 銷售 {group.Key.IndustryId} 的渠道夥伴（{ids}）預計賣 {Formats.PlainAmount(sum)}，但那裡的新客戶目標只有 {Formats.PlainAmount(room)}：份額不可能（{(room == 0 ? "根本沒有目標" : Formats.PlainPercent(sum / room))}）。",
                        $"Channel partners selling {group.Key.IndustryId} in {group.Key.RegionId} ({ids}) are expected to sell {Formats.PlainAmount(sum)}, but the new-customer target there is only {Formats.PlainAmount(room)}: an impossible share ({(room == 0 ? "no target at all" : Formats.PlainPercent(sum / room))})."),
                    [AuditFix.Advice(new BilingualText(
                        $"把這些夥伴的目標合計降到最多 {Formats.PlainAmount(room)}，或把他們移到有空間的區域與行業。",
                        $"Lower these partners' targets to at most {Formats.PlainAmount(room)} in total, or move them to a region and industry with room."))]);
            }
        }

        foreach (var partner in plan.ChannelPartners)
        {
            var owner = plan.FindPerson(partner.OwnerId);
            if (owner is not null && owner.Role.Kind != RoleKind.ChannelSpecialist)
            {
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    partner.Source,
                    new BilingualText(
                        $"渠道夥伴 {partner.Id} 由 {owner.Id}（{owner.Role.NameZh}）負責，而不是渠道專員。",
                        $"Channel partner {partner.Id} is carried by {owner.Id}, a {owner.Role.NameEn}, not a channel specialist."),
                    [AuditFix.Advice(new BilingualText("把這家夥伴交給一位渠道專員。", "Give the partner to a channel specialist."))]);
            }
        }
    }
}
