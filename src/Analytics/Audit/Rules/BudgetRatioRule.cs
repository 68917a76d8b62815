using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>budget-ratio: the budget's share of the target agrees with the stated ratio; reports the ratio.</summary>
public sealed class BudgetRatioRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "budget-ratio";

    /// <inheritdoc />
    public string Description => "The budget total is the stated share of the target.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = context.Plan.Facts;
        var target = context.Decomposition.Root.Amount;
        var ratio = target == 0 ? 0 : facts.BudgetTotal / target;
        var implied = facts.BudgetRatio * target;
        if (Math.Abs(facts.BudgetTotal - implied) > Figures.ShareTolerance(facts.BudgetRatio, target))
        {
            var setRatio = PlanCellEdit.Fact("budget_ratio", decimal.Round(ratio, 4));
            var setTotal = PlanCellEdit.Fact("budget_total", implied);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                context.Plan.FactLocation("budget_ratio"),
                new BilingualText(
                    $"預算 {Formats.PlainAmount(facts.BudgetTotal)} 是目標 {Formats.PlainAmount(target)} 的 {Formats.PlainPercent(ratio)}，但計劃寫的是 {Formats.PlainPercent(facts.BudgetRatio)}（{Formats.PlainAmount(implied)}）。",
                    $"The budget of {Formats.PlainAmount(facts.BudgetTotal)} is {Formats.PlainPercent(ratio)} of the {Formats.PlainAmount(target)} target, but the plan states {Formats.PlainPercent(facts.BudgetRatio)} ({Formats.PlainAmount(implied)})."),
                [
                    new AuditFix(new BilingualText($"把 budget_ratio 設為 {setRatio.ValueText}。", $"Set budget_ratio to {setRatio.ValueText}."), setRatio),
                    new AuditFix(new BilingualText($"把 budget_total 設為 {setTotal.ValueText}。", $"Set budget_total to {setTotal.ValueText}."), setTotal),
                ]);
            yield break;
        }

        yield return new AuditFinding(
            Severity.Info,
            Id,
            context.Plan.FactLocation("budget_total"),
            new BilingualText(
                $"行銷預算 {Formats.PlainAmount(facts.BudgetTotal)} = 目標 {Formats.PlainAmount(target)} 的 {Formats.PlainPercent(ratio)}，與計劃所寫一致。",
                $"The marketing budget is {Formats.PlainAmount(facts.BudgetTotal)} = {Formats.PlainPercent(ratio)} of the {Formats.PlainAmount(target)} target, as stated."),
            []);
    }
}
