using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Interactive;

/// <summary>
/// Variants of a plan for "what if we fix it this way" cells: a copy with one part replaced,
/// validated again by <see cref="SalesPlan"/>'s constructor (<see cref="SalesPlan.With"/>). The plan files are not touched.
/// </summary>
public static class PlanVariants
{
    /// <summary>A copy of <paramref name="plan"/> in which quarter <paramref name="quarter"/> (1-4) states <paramref name="monthlyAmount"/> 萬元 a month (null: no monthly figure).</summary>
    public static SalesPlan WithStatedMonthly(this SalesPlan plan, int quarter, decimal? monthlyAmount)
    {
        Preconditions.NotNull(plan);
        Preconditions.InRange(quarter, 1, 4);
        return plan.WithQuarter(plan.Phasing[quarter - 1].WithMonthlyAmount(monthlyAmount));
    }
}
