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
                    new BilingualText(
                        $"激勵 {incentive.Id} 適用於「{incentive.AppliesTo}」，它既不是目標 id 也不是「{Channel}」，所以無法按預算項 {line.Id} 檢查其成本。",
                        $"The incentive {incentive.Id} applies to \"{incentive.AppliesTo}\", which is neither a target id nor \"{Channel}\", so its cost cannot be checked against budget line {line.Id}."),
                    [AuditFix.Advice(new BilingualText(
                        $"把 applies_to 設為一個目標 id（例如 {plan.Lines[0].Id}）或「{Channel}」。",
                        $"Set applies_to to a target id (e.g. {plan.Lines[0].Id}) or \"{Channel}\"."))]);
                continue;
            }

            var cost = incentive.Value * @base.Value;
            var text = new BilingualText(
                $"{incentive.NameZh}（{incentive.Id}）最多花費 {Formats.PlainPercent(incentive.Value)} x {Formats.PlainAmount(@base.Value)} = {Formats.PlainAmount(cost)}；預算項 {line.Id} 有 {Formats.PlainAmount(line.Amount)}",
                $"{incentive.NameEn} ({incentive.Id}) costs at most {Formats.PlainPercent(incentive.Value)} x {Formats.PlainAmount(@base.Value)} = {Formats.PlainAmount(cost)}; budget line {line.Id} holds {Formats.PlainAmount(line.Amount)}");
            var rate = Formats.PlainPercent(@base.Value == 0 ? 0 : line.Amount / @base.Value);
            yield return cost > line.Amount
                ? new AuditFinding(
                    Severity.Warning,
                    Id,
                    line.Source,
                    new BilingualText(text.Zh + $"：可能超支 {Formats.PlainAmount(cost - line.Amount)}。", text.En + $": it could overrun by {Formats.PlainAmount(cost - line.Amount)}."),
                    [AuditFix.Advice(new BilingualText($"把 {line.Id} 提高到 {Formats.PlainAmount(cost)}，或把比率降到 {rate}。", $"Raise {line.Id} to {Formats.PlainAmount(cost)} or lower the rate to {rate}."))])
                : new AuditFinding(Severity.Info, Id, line.Source, new BilingualText(text.Zh + "。", text.En + "."), []);
        }
    }
}
