using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// One industry's market for our product (e.g. PLCs sold into 3C electronics), with its own growth,
/// and our sales in it.
/// </summary>
public sealed record IndustryMarket
{
    /// <summary>Creates a validated industry market.</summary>
    /// <param name="industry">The industry's name, e.g. "3C electronics"; not blank.</param>
    /// <param name="size">The market's size last year, 萬元, &gt; 0.</param>
    /// <param name="growth">The market's expected growth this year, a fraction &gt; -1 (0.18 for +18%).</param>
    /// <param name="ourSales">Our sales in it last year, 萬元, in [0, size].</param>
    public IndustryMarket(string industry, decimal size, decimal growth, decimal ourSales)
    {
        Industry = Preconditions.NotBlank(industry);
        Size = Preconditions.Positive(size);
        Growth = GrowthRate.Check(growth, nameof(growth));
        OurSales = Preconditions.NonNegative(ourSales);
        Share = ImpliedMarket.Share(ourSales, size);
    }

    /// <summary>The industry's name.</summary>
    public string Industry { get; }

    /// <summary>The market's size last year, 萬元.</summary>
    public decimal Size { get; }

    /// <summary>The market's growth this year, a fraction.</summary>
    public decimal Growth { get; }

    /// <summary>Our sales in it last year, 萬元.</summary>
    public decimal OurSales { get; }

    /// <summary>Our share last year: OurSales / Size.</summary>
    public decimal Share { get; }

    /// <summary>The market's size this year: Size (1 + Growth), 萬元.</summary>
    public decimal NextSize => Size * (1m + Growth);

    /// <summary>Our sales this year if we hold our share: OurSales (1 + Growth), 萬元.</summary>
    public decimal HoldShareRevenue => OurSales * (1m + Growth);

    /// <summary>The share of this year's market that <paramref name="target"/> needs: target / NextSize.</summary>
    /// <param name="target">Our target in this industry this year, 萬元, &gt;= 0.</param>
    public decimal RequiredShare(decimal target) => Preconditions.NonNegative(target) / NextSize;
}
