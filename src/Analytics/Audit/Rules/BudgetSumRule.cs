using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>budget-sum: the budget lines add up to the stated budget total.</summary>
public sealed class BudgetSumRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "budget-sum";

    /// <inheritdoc />
    public string Description => "Budget lines add up to the budget total.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var sum = plan.Budget.Sum(b => b.Amount);
        var total = plan.Facts.BudgetTotal;
        if (sum == total)
        {
            yield break;
        }

        var setTotal = PlanCellEdit.Fact("budget_total", sum);
        var terms = string.Join(" + ", plan.Budget.Select(b => $"{b.Id} {Formats.PlainAmount(b.Amount)}"));
        yield return new AuditFinding(
            Severity.Error,
            Id,
            plan.FactLocation("budget_total"),
            new BilingualText(
                $"預算各項合計 {Formats.PlainAmount(sum)}（{terms}），不是預算總額 {Formats.PlainAmount(total)}。",
                $"The budget lines add up to {Formats.PlainAmount(sum)} ({terms}), not the budget total of {Formats.PlainAmount(total)}."),
            [
                new AuditFix(new BilingualText($"把 budget_total 設為 {setTotal.ValueText}。", $"Set budget_total to {setTotal.ValueText}."), setTotal),
                AuditFix.Advice(new BilingualText($"把各項合計調整 {Formats.PlainAmount(total - sum)}。", $"Change the lines by {Formats.PlainAmount(total - sum)} in total.")),
            ]);
    }
}
