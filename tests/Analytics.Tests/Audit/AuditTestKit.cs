using Analytics.Audit;
using Analytics.Decomposition;
using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Audit;

/// <summary>Runs one rule on a plan.</summary>
internal static class AuditTestKit
{
    /// <summary>The shipped plan with the Q4 row corrected: a plan the phasing rules accept.</summary>
    public static SalesPlan Consistent { get; } = Plans.Shipped.With(phasing: Plans.ConsistentPhasing(Plans.Shipped));

    /// <summary>
    /// Plans that break the audit in one place each, by name: the shipped plan breaks the phasing
    /// rules; the others break one rule of the consistent plan.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<SalesPlan>> Broken { get; } = new Dictionary<string, Func<SalesPlan>>
    {
        ["shipped"] = () => Plans.Shipped,
        ["budget-ratio"] = () => Consistent.With(facts: Consistent.Facts.With(budgetRatio: 0.06m)),
        ["budget-sum"] = () => Consistent.With(facts: Consistent.Facts.With(budgetTotal: 260m, budgetRatio: 0.052m)),
        ["channel-share"] = () => Consistent.With(facts: Consistent.Facts.With(channelShareOfNewCustomers: 0.5m)),
        ["customer-count"] = () => Consistent.With(facts: Consistent.Facts.With(existingCustomers: 210)),
        ["customers-due"] = () => Consistent.With(facts: Consistent.Facts.With(renewalDueCustomers: 50)),
        ["renewal-potential"] = () => Consistent.With(facts: Consistent.Facts.With(renewalPotential: 1500m)),
        ["growth"] = () => Consistent.With(facts: Consistent.Facts.With(statedGrowth: 0.30m)),
        ["share-amount"] = () => Consistent.WithTarget(Consistent.Target("repurchase").WithShare(0.40m)),
        ["children-sum"] = () => Consistent.WithTarget(Consistent.Target("nc_3c").WithFigures(850m, null)),
        ["phasing-quarter"] = () => Consistent.WithQuarter(Consistent.Phasing[1].WithMonthlyAmount(450m)),

        // Children 40 over their parent one level down: raising the parent would break its own parent.
        ["children-sum-nested"] = () => Consistent.With(targets: Consistent.Targets
            .Replace("nc_3c_prd", t => t.WithFigures(480m, null))
            .Replace("nc_3c_yrd", t => t.WithFigures(360m, null))),
        ["share-sum"] = () => Consistent.WithTarget(Consistent.Target("rp_south").WithShare(0.35m)),
        ["phasing-shares"] = () => Consistent.WithQuarter(Consistent.Phasing[1].WithShare(0.25m)),
        ["partial-shares"] = () => Consistent.WithTarget(Consistent.Target("rp_south").WithFigures(600m, null)),
    };

    public static IReadOnlyList<AuditFinding> Run(IAuditRule rule, SalesPlan plan)
        => rule.Check(new AuditContext(plan, PlanDecomposer.Decompose(plan))).ToArray();

    public static AuditFinding Single(IAuditRule rule, SalesPlan plan, Severity severity)
        => Assert.Single(Run(rule, plan), f => f.Severity == severity);

    public static void NoProblems(IAuditRule rule, SalesPlan plan)
        => Assert.DoesNotContain(Run(rule, plan), f => f.Severity != Severity.Info);
}
