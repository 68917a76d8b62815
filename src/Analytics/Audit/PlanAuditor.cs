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

    /// <summary>
    /// Audits <paramref name="plan"/> with <paramref name="rules"/> (default: <see cref="DefaultRules"/>).
    /// Each finding's fixes are ranked: those that, applied to a copy of the plan, remove the finding
    /// and create no new error come first (see <see cref="AuditFinding.Remedies"/>).
    /// </summary>
    public static AuditReport Audit(SalesPlan plan, IEnumerable<IAuditRule>? rules = null)
    {
        Preconditions.NotNull(plan);
        var set = (rules ?? DefaultRules).ToArray();
        IReadOnlyList<AuditFinding> Run(SalesPlan p) => Findings(p, set);
        return new AuditReport(FixRanking.Rank(plan, Run(plan), Run));
    }

    private static AuditFinding[] Findings(SalesPlan plan, IReadOnlyList<IAuditRule> rules)
    {
        var context = new AuditContext(plan, PlanDecomposer.Decompose(plan));

        // Stable order: severity first, the rules' own order within a severity.
        return [.. rules.SelectMany(r => r.Check(context)).OrderBy(f => f.Severity)];
    }
}
