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

    public static IReadOnlyList<AuditFinding> Run(IAuditRule rule, SalesPlan plan)
        => rule.Check(new AuditContext(plan, PlanDecomposer.Decompose(plan))).ToArray();

    public static AuditFinding Single(IAuditRule rule, SalesPlan plan, Severity severity)
        => Assert.Single(Run(rule, plan), f => f.Severity == severity);

    public static void NoProblems(IAuditRule rule, SalesPlan plan)
        => Assert.DoesNotContain(Run(rule, plan), f => f.Severity != Severity.Info);
}
