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
            var facts = $"{industry.NameEn}: {Formats.PlainAmount(direct)} of the {Formats.PlainAmount(target)} target is direct (channel partners carry {Formats.PlainAmount(channel)}); at an average order of {Formats.PlainAmount(industry.AverageOrder)} that is {Round1(wins)} wins from {leads} leads ({showLeads} from trade shows, {otherLeads} from other sources)";
            if (direct == 0)
            {
                continue;
            }

            if (leads == 0)
            {
                yield return new AuditFinding(Severity.Error, Id, node.Node.Source, facts + ": no leads at all.", [AuditFix.Advice("Add lead sources or trade shows for this industry, or move its target to channel partners.")]);
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
                    facts + $": more wins than leads ({Formats.PlainPercent(rate)}), impossible.",
                    [AuditFix.Advice($"At a {Formats.PlainPercent(typical)} win rate the industry needs {neededAtTypical} leads; add leads or lower the direct target.")]);
            }
            else if (rate > typical)
            {
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    node.Node.Source,
                    facts + $": a {Formats.PlainPercent(rate)} lead-to-win rate, above the typical B2B maximum of {Formats.PlainPercent(typical)}.",
                    [AuditFix.Advice($"At {Formats.PlainPercent(typical)} the industry needs {neededAtTypical} leads ({neededAtTypical - leads} more), or a larger channel share.")]);
            }
            else
            {
                yield return new AuditFinding(Severity.Info, Id, node.Node.Source, facts + $": a {Formats.PlainPercent(rate)} lead-to-win rate, within the typical range (up to {Formats.PlainPercent(typical)}).", []);
            }
        }
    }

    private static string Round1(decimal value) => decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
