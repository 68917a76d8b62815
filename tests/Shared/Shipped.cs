using Analytics.Decomposition;
using Analytics.Loading;
using Analytics.Planning;

namespace Analytics.TestSupport;

/// <summary>The shipped plan, loaded once, and its decomposition (for chart, report and notebook tests).</summary>
internal static class Shipped
{
    private static readonly Lazy<SalesPlan> LazyPlan = new(() => PlanLoader.Load(RepoPaths.ShippedPlan));
    private static readonly Lazy<PlanDecomposition> LazyDecomposition = new(() => PlanDecomposer.Decompose(LazyPlan.Value));

    public static SalesPlan Plan => LazyPlan.Value;

    public static PlanDecomposition Decomposition => LazyDecomposition.Value;
}
