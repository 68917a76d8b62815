using Analytics.Audit.Rules;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>Runs a rule set over a plan.</summary>
public static class PlanAuditor
{
    /// <summary>The toolkit's rules, in the order their findings are listed within a severity.</summary>
    public static IReadOnlyList<IAuditRule> DefaultRules { get; } =
    [
        new ChildrenSumRule(),
        new ShareAmountRule(),
        new ShareSumRule(),
        new PhasingQuarterRule(),
        new PhasingTotalRule(),
        new BudgetSumRule(),
        new BudgetRatioRule(),
        new TradeShowBudgetRule(),
        new IncentiveCostRule(),
        new TargetOwnerRule(),
        new PersonTargetRule(),
        new ChannelShareRule(),
        new FunnelCapacityRule(),
        new CustomerFactsRule(),
        new GrowthRule(),
        new OverAssignmentRule(),
    ];

    /// <summary>Audits <paramref name="plan"/> with <paramref name="rules"/> (default: <see cref="DefaultRules"/>).</summary>
    public static AuditReport Audit(SalesPlan plan, IEnumerable<IAuditRule>? rules = null)
    {
        Preconditions.NotNull(plan);
        var context = new AuditContext(plan, PlanDecomposer.Decompose(plan));
        var findings = (rules ?? DefaultRules).SelectMany(r => r.Check(context)).ToList();

        // Stable order: severity first, the rules' own order within a severity.
        return new AuditReport(findings.OrderBy(f => f.Severity).ToArray());
    }
}
