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
        yield return new AuditFinding(
            Severity.Error,
            Id,
            plan.FactLocation("budget_total"),
            $"The budget lines add up to {Formats.PlainAmount(sum)} ({string.Join(" + ", plan.Budget.Select(b => $"{b.Id} {Formats.PlainAmount(b.Amount)}"))}), not the budget total of {Formats.PlainAmount(total)}.",
            [
                new AuditFix($"Set budget_total to {setTotal.ValueText}.", setTotal),
                AuditFix.Advice($"Or change the lines by {Formats.PlainAmount(total - sum)} in total."),
            ]);
    }
}
