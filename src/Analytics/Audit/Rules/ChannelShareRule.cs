using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// channel-share: channel partners carry the stated share of the new-customer target, and no
/// partner group is expected to sell more than the target of the industry and region it sells in.
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
        if (Math.Abs(total - expected) > Figures.ShareTolerance(share, lineAmount))
        {
            var setShare = PlanCellEdit.Fact("channel_share_of_new_customers", decimal.Round(actual, 4));
            yield return new AuditFinding(
                Severity.Error,
                Id,
                plan.FactLocation("channel_share_of_new_customers"),
                $"The {plan.ChannelPartners.Count} channel partners' targets add up to {Formats.PlainAmount(total)} = {Formats.PlainPercent(actual)} of the {Formats.PlainAmount(lineAmount)} new-customer target, but the plan says partners carry {Formats.PlainPercent(share)} ({Formats.PlainAmount(expected)}).",
                [
                    AuditFix.Advice($"Change the partners' targets by {Formats.PlainAmount(expected - total)} in total."),
                    new AuditFix($"Or set channel_share_of_new_customers to {setShare.ValueText}.", setShare),
                ]);
        }
        else
        {
            yield return new AuditFinding(
                Severity.Info,
                Id,
                plan.FactLocation("channel_share_of_new_customers"),
                $"The {plan.ChannelPartners.Count} channel partners carry {Formats.PlainAmount(total)} = {Formats.PlainPercent(actual)} of the {Formats.PlainAmount(lineAmount)} new-customer target, as stated; the largest carries {Formats.PlainAmount(plan.ChannelPartners.Max(c => c.Target))}, the smallest {Formats.PlainAmount(plan.ChannelPartners.Min(c => c.Target))}.",
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
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    group.First().Source,
                    $"Channel partners selling {group.Key.IndustryId} in {group.Key.RegionId} ({string.Join(", ", group.Select(c => c.Id))}) are expected to sell {Formats.PlainAmount(sum)}, but the new-customer target there is only {Formats.PlainAmount(room)}: an impossible share ({(room == 0 ? "no target at all" : Formats.PlainPercent(sum / room))}).",
                    [AuditFix.Advice($"Lower these partners' targets to at most {Formats.PlainAmount(room)} in total, or move them to a region and industry with room.")]);
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
                    $"Channel partner {partner.Id} is carried by {owner.Id}, a {owner.Role.NameEn}, not a channel specialist.",
                    [AuditFix.Advice("Give the partner to a channel specialist.")]);
            }
        }
    }
}
