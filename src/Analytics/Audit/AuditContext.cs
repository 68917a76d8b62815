using Analytics.Decomposition;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>What a rule checks: the plan and its decomposition (computed once for all rules).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Decomposition">The plan decomposed.</param>
public sealed record AuditContext(SalesPlan Plan, PlanDecomposition Decomposition);
