using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// incentive-cost: a rate incentive paid from a budget line (referral rewards, channel rebates)
/// costs at most rate x its base; reports that cost against the line, and warns when it could
/// exceed it. The base is the allocated target the incentive applies to, or the channel
/// partners' targets for "channel".
/// </summary>
public sealed class IncentiveCostRule : IAuditRule
{
    /// <summary>The applies_to value meaning "sales through channel partners".</summary>
    public const string Channel = "channel";

    /// <inheritdoc />
    public string Id => "incentive-cost";

    /// <inheritdoc />
    public string Description => "Rate incentives paid from a budget line fit in it.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        foreach (var line in plan.Budget.Where(b => b.Funds is not null))
        {
            var incentive = plan.Incentives.FirstOrDefault(i => i.Id == line.Funds);
            if (incentive is null || incentive.Kind != IncentiveKind.Rate)
            {
                continue;
            }

            decimal? @base = incentive.AppliesTo == Channel
                ? plan.ChannelPartners.Sum(c => c.Target)
                : plan.Targets.Any(t => t.Id == incentive.AppliesTo) ? context.Decomposition.AmountOf(incentive.AppliesTo) : null;
            if (@base is null)
            {
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    incentive.Source,
                    $"The incentive {incentive.Id} applies to \"{incentive.AppliesTo}\", which is neither a target id nor \"{Channel}\", so its cost cannot be checked against budget line {line.Id}.",
                    [AuditFix.Advice($"Set applies_to to a target id (e.g. {plan.Lines[0].Id}) or \"{Channel}\".")]);
                continue;
            }

            var cost = incentive.Value * @base.Value;
            var text = $"{incentive.NameEn} ({incentive.Id}) costs at most {Formats.PlainPercent(incentive.Value)} x {Formats.PlainAmount(@base.Value)} = {Formats.PlainAmount(cost)}; budget line {line.Id} holds {Formats.PlainAmount(line.Amount)}";
            yield return cost > line.Amount
                ? new AuditFinding(Severity.Warning, Id, line.Source, text + $": it could overrun by {Formats.PlainAmount(cost - line.Amount)}.", [AuditFix.Advice($"Raise {line.Id} to {Formats.PlainAmount(cost)} or lower the rate to {Formats.PlainPercent(@base.Value == 0 ? 0 : line.Amount / @base.Value)}.")])
                : new AuditFinding(Severity.Info, Id, line.Source, text + ".", []);
        }
    }
}
