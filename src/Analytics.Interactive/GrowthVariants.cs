using Analytics.Common;
using Analytics.Market;

namespace Analytics.Interactive;

/// <summary>
/// Variants of the growth justification's inputs for "what if" cells: a copy with the market or the
/// target changed, validated again by <see cref="GrowthInputs"/>'s constructor. The plan files are not touched.
/// </summary>
public static class GrowthVariants
{
    /// <summary>A copy of <paramref name="inputs"/> with the given figures replaced (null keeps the original).</summary>
    /// <param name="inputs">The inputs, e.g. <see cref="GrowthInputs.FromPlan"/>.</param>
    /// <param name="marketShare">Last year's share, a fraction in (0, 1].</param>
    /// <param name="marketGrowthLow">The low end of market growth, a fraction &gt; -1.</param>
    /// <param name="marketGrowthHigh">The high end, at least the low end.</param>
    /// <param name="target">This year's target, 萬元, &gt; 0.</param>
    public static GrowthInputs With(this GrowthInputs inputs, decimal? marketShare = null, decimal? marketGrowthLow = null, decimal? marketGrowthHigh = null, decimal? target = null)
    {
        Preconditions.NotNull(inputs);
        return new GrowthInputs(
            inputs.LastYearSales,
            target ?? inputs.Target,
            marketShare ?? inputs.MarketShare,
            marketGrowthLow ?? inputs.MarketGrowthLow,
            marketGrowthHigh ?? inputs.MarketGrowthHigh,
            inputs.CustomerBase,
            inputs.RenewalDueCustomers,
            inputs.RenewalPotential,
            inputs.ExistingCustomerTarget,
            inputs.NewCustomerTarget,
            inputs.NewProductTarget,
            inputs.RenewalExpected,
            inputs.RepurchaseLastYear,
            inputs.NewProducts);
    }
}
