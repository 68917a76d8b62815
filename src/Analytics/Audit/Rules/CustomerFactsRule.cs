using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// customer-facts: the customer list agrees with the stated counts (customers, due for renewal)
/// and renewal potential, and shows how much of the repurchase target renewals can supply.
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
        var file = plan.Customers.Count > 0 ? new Common.SourceLocation(plan.Customers[0].Source.File, 0) : plan.FactLocation("existing_customers");
        if (plan.Customers.Count != facts.ExistingCustomers)
        {
            var setCount = PlanCellEdit.Fact("existing_customers", plan.Customers.Count);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                file,
                $"The customer list has {plan.Customers.Count} customers but the plan states {facts.ExistingCustomers}.",
                [new AuditFix($"Set existing_customers to {setCount.ValueText}, or complete the list.", setCount)]);
        }

        var due = plan.Customers.Where(c => c.IsDueIn(facts.PlanYear)).ToArray();
        if (due.Length != facts.RenewalDueCustomers)
        {
            var setDue = PlanCellEdit.Fact("renewal_due_customers", due.Length);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                file,
                $"{due.Length} customers in the list are due for renewal in {facts.PlanYear} (install year + renewal cycle) but the plan states {facts.RenewalDueCustomers}.",
                [new AuditFix($"Set renewal_due_customers to {setDue.ValueText}, or correct the install years.", setDue)]);
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
                $"The due customers' renewal orders add up to {Formats.PlainAmount(potential)} ({byTier}) but the plan states a potential of about {Formats.PlainAmount(facts.RenewalPotential)}.",
                [new AuditFix($"Set renewal_potential to {setPotential.ValueText}, or correct the renewal orders.", setPotential)]);
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
                    ? $"Renewals of the {due.Length} due customers can bring at most {Formats.PlainAmount(potential)} ({byTier}) of the {Formats.PlainAmount(repurchase)} repurchase target: {Formats.PlainAmount(gap)} ({Formats.PlainPercent(repurchase == 0 ? 0 : gap / repurchase)}) must come from maintenance and upgrade orders, and every due customer would have to renew."
                    : $"Renewals of the {due.Length} due customers could bring {Formats.PlainAmount(potential)}, covering the {Formats.PlainAmount(repurchase)} repurchase target if {Formats.PlainPercent(potential == 0 ? 0 : repurchase / potential)} of that potential is won.",
                []);
        }
    }
}
