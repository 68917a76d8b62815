using System.Globalization;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// funnel-capacity: the part of each industry's new-customer target that is not sold through
/// channel partners must be won from its leads (trade shows plus other sources) at a believable
/// rate: wins needed = direct target / average order; rate = wins / leads. Above 100% is
/// impossible; above the typical B2B maximum it is doubtful.
/// </summary>
public sealed class FunnelCapacityRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "funnel-capacity";

    /// <inheritdoc />
    public string Description => "Each industry's direct new-customer target is reachable from its leads at a believable win rate.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var typical = plan.Facts.TypicalWinRateMax;

        // An industry's new-customer target, over every new-customer line that has one (leads and partners are by industry).
        var industries = plan.LinesOf(LineKind.NewCustomers)
            .SelectMany(l => context.Decomposition[l.Id].Children)
            .Where(c => c.Node.Level == TargetLevel.Industry && c.Node.IndustryId is not null)
            .GroupBy(c => c.Node.IndustryId!, StringComparer.Ordinal);
        foreach (var group in industries)
        {
            var node = group.First();
            var target = group.Sum(c => c.Amount);
            var industry = plan.FindIndustry(group.Key)!;
            var channel = plan.ChannelPartners.Where(c => c.IndustryId == industry.Id).Sum(c => c.Target);
            var direct = Math.Max(0m, target - channel);
            var wins = direct / industry.AverageOrder;
            var showLeads = plan.TradeShows.Where(s => s.IndustryId == industry.Id).Sum(s => s.QualifiedLeads);
            var otherLeads = plan.LeadSources.Where(l => l.IndustryId == industry.Id).Sum(l => l.Leads);
            var leads = showLeads + otherLeads;
            var facts = new BilingualText(
                $"{industry.NameZh}：目標 {Formats.PlainAmount(target)} 中 {Formats.PlainAmount(direct)} 為直銷（渠道夥伴承擔 {Formats.PlainAmount(channel)}）；平均訂單 {Formats.PlainAmount(industry.AverageOrder)}，需要 {Round1(wins)} 單，來自 {leads} 條線索（展會 {showLeads}，其他來源 {otherLeads}）",
                $"{industry.NameEn}: {Formats.PlainAmount(direct)} of the {Formats.PlainAmount(target)} target is direct (channel partners carry {Formats.PlainAmount(channel)}); at an average order of {Formats.PlainAmount(industry.AverageOrder)} that is {Round1(wins)} wins from {leads} leads ({showLeads} from trade shows, {otherLeads} from other sources)");
            if (direct == 0)
            {
                continue;
            }

            if (leads == 0)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    node.Node.Source,
                    new BilingualText(facts.Zh + "：完全沒有線索。", facts.En + ": no leads at all."),
                    [AuditFix.Advice(new BilingualText("為這個行業加上線索來源或展會，或把其目標移給渠道夥伴。", "Add lead sources or trade shows for this industry, or move its target to channel partners."))]);
                continue;
            }

            var rate = wins / leads;
            var neededAtTypical = typical == 0 ? 0 : decimal.Ceiling(wins / typical);
            if (rate > 1)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    node.Node.Source,
                    new BilingualText(facts.Zh + $"：成交數多於線索數（{Formats.PlainPercent(rate)}），不可能。", facts.En + $": more wins than leads ({Formats.PlainPercent(rate)}), impossible."),
                    [AuditFix.Advice(new BilingualText(
                        $"以 {Formats.PlainPercent(typical)} 的成交率，這個行業需要 {neededAtTypical} 條線索；增加線索或降低直銷目標。",
                        $"At a {Formats.PlainPercent(typical)} win rate the industry needs {neededAtTypical} leads; add leads or lower the direct target."))]);
            }
            else if (rate > typical)
            {
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    node.Node.Source,
                    new BilingualText(
                        facts.Zh + $"：線索成交率 {Formats.PlainPercent(rate)}，高於 B2B 常見上限 {Formats.PlainPercent(typical)}。",
                        facts.En + $": a {Formats.PlainPercent(rate)} lead-to-win rate, above the typical B2B maximum of {Formats.PlainPercent(typical)}."),
                    [AuditFix.Advice(new BilingualText(
                        $"以 {Formats.PlainPercent(typical)} 計，這個行業需要 {neededAtTypical} 條線索（多 {neededAtTypical - leads} 條），或更大的渠道份額。",
                        $"At {Formats.PlainPercent(typical)} the industry needs {neededAtTypical} leads ({neededAtTypical - leads} more), or a larger channel share."))]);
            }
            else
            {
                yield return new AuditFinding(
                    Severity.Info,
                    Id,
                    node.Node.Source,
                    new BilingualText(
                        facts.Zh + $"：線索成交率 {Formats.PlainPercent(rate)}，在常見範圍內（最高 {Formats.PlainPercent(typical)}）。",
                        facts.En + $": a {Formats.PlainPercent(rate)} lead-to-win rate, within the typical range (up to {Formats.PlainPercent(typical)})."),
                    []);
            }
        }
    }

    private static string Round1(decimal value) => decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
