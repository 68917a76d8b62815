using Analytics.Common;

namespace Analytics.NewProduct;

/// <summary>
/// The new product's gross margin, higher than the old products' by a number of percentage points
/// (the seed: "毛利率比老產品高 15%", read as +15 points; a relative reading, base x 1.15, would be
/// much smaller at typical margins, so the caller should confirm which is meant). Shows what the
/// uplift is worth in gross profit and how it lifts the blended margin.
/// </summary>
public sealed record MarginUplift
{
    /// <summary>Creates validated margin figures.</summary>
    /// <param name="baseMargin">The old products' gross margin, a fraction in [0, 1] (0.35 for 35%).</param>
    /// <param name="upliftPoints">The new product's extra margin in points, a fraction (0.15 for +15 points); base + uplift must lie in [0, 1].</param>
    /// <param name="newProductRevenue">The new product's revenue, 萬元, &gt;= 0 (seed: 1000).</param>
    /// <param name="otherRevenue">The old products' revenue, 萬元, &gt;= 0 (seed: 4000).</param>
    public MarginUplift(decimal baseMargin, decimal upliftPoints, decimal newProductRevenue, decimal otherRevenue)
    {
        BaseMargin = Preconditions.Share(baseMargin);
        if (baseMargin + upliftPoints is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(upliftPoints), $"upliftPoints must keep the new product's margin in [0, 1], so lie in [{Preconditions.Format(-baseMargin)}, {Preconditions.Format(1m - baseMargin)}]; was {Preconditions.Format(upliftPoints)}.");
        }

        UpliftPoints = upliftPoints;
        NewProductRevenue = Preconditions.NonNegative(newProductRevenue);
        OtherRevenue = Preconditions.NonNegative(otherRevenue);
    }

    /// <summary>The old products' gross margin, a fraction.</summary>
    public decimal BaseMargin { get; }

    /// <summary>The new product's extra margin, in points as a fraction.</summary>
    public decimal UpliftPoints { get; }

    /// <summary>The new product's revenue, 萬元.</summary>
    public decimal NewProductRevenue { get; }

    /// <summary>The old products' revenue, 萬元.</summary>
    public decimal OtherRevenue { get; }

    /// <summary>The new product's margin: base + uplift.</summary>
    public decimal NewProductMargin => BaseMargin + UpliftPoints;

    /// <summary>The new product's gross profit, 萬元.</summary>
    public decimal NewProductGrossProfit => NewProductRevenue * NewProductMargin;

    /// <summary>What the uplift adds over selling the same revenue of old products: revenue x uplift, 萬元.</summary>
    public decimal IncrementalGrossProfit => NewProductRevenue * UpliftPoints;

    /// <summary>Total gross profit, 萬元.</summary>
    public decimal GrossProfit => (OtherRevenue * BaseMargin) + NewProductGrossProfit;

    /// <summary>The blended margin of all revenue; the base margin when there is no revenue.</summary>
    public decimal BlendedMargin
        => NewProductRevenue + OtherRevenue == 0m ? BaseMargin : GrossProfit / (NewProductRevenue + OtherRevenue);

    /// <summary>BlendedMargin - BaseMargin: the new product's revenue share times the uplift.</summary>
    public decimal BlendedUplift => BlendedMargin - BaseMargin;
}
