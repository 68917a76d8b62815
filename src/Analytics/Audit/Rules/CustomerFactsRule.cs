using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// customer-facts: the customer list agrees with the stated counts (customers, due for renewal)
/// and renewal potential, and shows how much of the repurchase target (the plan's repurchase lines
/// together) renewals can supply.
/// </summary>
public sealed class CustomerFactsRule : IAuditRule
{
    /// <summary>The stated potential is "about" a figure: a list within this relative distance agrees.</summary>
    public const decimal PotentialTolerance = 0.05m;

    /// <inheritdoc />
    public string Id => "customer-facts";

    /// <inheritdoc />
    public string Description => "The customer list agrees with the stated customer counts and renewal potential.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var facts = plan.Facts;
        var file = plan.Customers.Count > 0 ? plan.Customers[0].Source with { Line = 0 } : plan.FactLocation("existing_customers");
        if (plan.Customers.Count != facts.ExistingCustomers)
        {
            var setCount = PlanCellEdit.Fact("existing_customers", plan.Customers.Count);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                file,
                new BilingualText(
                    $"客戶名單有 {plan.Customers.Count} 家客戶，但計劃寫的是 {facts.ExistingCustomers} 家。",
                    $"The customer list has {plan.Customers.Count} customers but the plan states {facts.ExistingCustomers}."),
                [new AuditFix(new BilingualText($"把 existing_customers 設為 {setCount.ValueText}，或補全名單。", $"Set existing_customers to {setCount.ValueText}, or complete the list."), setCount)]);
        }

        var due = plan.Customers.Where(c => c.IsDueIn(facts.PlanYear)).ToArray();
        if (due.Length != facts.RenewalDueCustomers)
        {
            var setDue = PlanCellEdit.Fact("renewal_due_customers", due.Length);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                file,
                new BilingualText(
                    $"名單中有 {due.Length} 家客戶在 {facts.PlanYear} 年到期換新（安裝年份 + 換新週期），但計劃寫的是 {facts.RenewalDueCustomers} 家。",
                    $"{due.Length} customers in the list are due for renewal in {facts.PlanYear} (install year + renewal cycle) but the plan states {facts.RenewalDueCustomers}."),
                [new AuditFix(new BilingualText($"把 renewal_due_customers 設為 {setDue.ValueText}，或更正安裝年份。", $"Set renewal_due_customers to {setDue.ValueText}, or correct the install years."), setDue)]);
        }

        var potential = due.Sum(c => c.RenewalOrder);
        var byTier = string.Join(", ", due.GroupBy(c => c.Tier).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()} x {Formats.PlainAmount(g.Average(c => c.RenewalOrder))}"));
        if (facts.RenewalPotential > 0 && Math.Abs(potential - facts.RenewalPotential) > PotentialTolerance * facts.RenewalPotential)
        {
            var setPotential = PlanCellEdit.Fact("renewal_potential", potential);
            yield return new AuditFinding(
                Severity.Warning,
                Id,
                plan.FactLocation("renewal_potential"),
                new BilingualText(
                    $"到期客戶的換新訂單合計 {Formats.PlainAmount(potential)}（{byTier}），但計劃寫的潛力約為 {Formats.PlainAmount(facts.RenewalPotential)}。",
                    $"The due customers' renewal orders add up to {Formats.PlainAmount(potential)} ({byTier}) but the plan states a potential of about {Formats.PlainAmount(facts.RenewalPotential)}."),
                [new AuditFix(new BilingualText($"把 renewal_potential 設為 {setPotential.ValueText}，或更正換新訂單。", $"Set renewal_potential to {setPotential.ValueText}, or correct the renewal orders."), setPotential)]);
        }

        var repurchaseLines = plan.LinesOf(LineKind.Repurchase);
        if (repurchaseLines.Count > 0)
        {
            var repurchase = repurchaseLines.Sum(l => context.Decomposition.AmountOf(l.Id));
            var gap = repurchase - potential;
            yield return new AuditFinding(
                Severity.Info,
                Id,
                plan.FactLocation("renewal_potential"),
                gap > 0
                    ? new BilingualText(
                        $"{due.Length} 家到期客戶換新最多帶來 {Formats.PlainAmount(potential)}（{byTier}），復購目標為 {Formats.PlainAmount(repurchase)}：其中 {Formats.PlainAmount(gap)}（{Formats.PlainPercent(repurchase == 0 ? 0 : gap / repurchase)}）必須來自維護與升級訂單，而且每家到期客戶都要換新。",
                        $"Renewals of the {due.Length} due customers can bring at most {Formats.PlainAmount(potential)} ({byTier}) of the {Formats.PlainAmount(repurchase)} repurchase target: {Formats.PlainAmount(gap)} ({Formats.PlainPercent(repurchase == 0 ? 0 : gap / repurchase)}) must come from maintenance and upgrade orders, and every due customer would have to renew.")
                    : new BilingualText(
                        $"{due.Length} 家到期客戶換新可帶來 {Formats.PlainAmount(potential)}，只要拿下其中 {Formats.PlainPercent(potential == 0 ? 0 : repurchase / potential)}，就能覆蓋 {Formats.PlainAmount(repurchase)} 的復購目標。",
                        $"Renewals of the {due.Length} due customers could bring {Formats.PlainAmount(potential)}, covering the {Formats.PlainAmount(repurchase)} repurchase target if {Formats.PlainPercent(potential == 0 ? 0 : repurchase / potential)} of that potential is won."),
                []);
        }
    }
}
