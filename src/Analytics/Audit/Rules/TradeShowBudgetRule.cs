using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>trade-show-budget: the trade shows' costs fit the budget line that pays for them.</summary>
public sealed class TradeShowBudgetRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "trade-show-budget";

    /// <inheritdoc />
    public string Description => "Trade-show costs add up to the trade-show budget line.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var cost = plan.TradeShows.Sum(s => s.Cost);
        var lines = plan.Budget.Where(b => b.Funds == SalesPlan.BudgetLineFundsTradeShows).ToArray();
        var funded = lines.Sum(b => b.Amount);
        if (plan.TradeShows.Count == 0 || cost == funded)
        {
            yield break;
        }

        var location = lines.Length > 0 ? lines[0].Source : plan.TradeShows[0].Source;
        var terms = string.Join(" + ", plan.TradeShows.Select(s => $"{s.Id} {Formats.PlainAmount(s.Cost)}"));
        yield return new AuditFinding(
            cost > funded ? Severity.Error : Severity.Warning,
            Id,
            location,
            lines.Length == 0
                ? new BilingualText(
                    $"展會費用 {Formats.PlainAmount(cost)}，但沒有預算項支付（funds = {SalesPlan.BudgetLineFundsTradeShows}）。",
                    $"The trade shows cost {Formats.PlainAmount(cost)} but no budget line pays for them (funds = {SalesPlan.BudgetLineFundsTradeShows}).")
                : new BilingualText(
                    $"展會費用 {Formats.PlainAmount(cost)}（{terms}），但預算項 {lines[0].Id} 為 {Formats.PlainAmount(funded)}。",
                    $"The trade shows cost {Formats.PlainAmount(cost)} ({terms}) but the budget line {lines[0].Id} is {Formats.PlainAmount(funded)}."),
            [AuditFix.Advice(new BilingualText(
                $"使展會費用與其預算項相等（{Formats.PlainAmount(cost)} 對 {Formats.PlainAmount(funded)}）。",
                $"Make the trade-show costs and their budget line equal ({Formats.PlainAmount(cost)} vs {Formats.PlainAmount(funded)})."))]);
    }
}
