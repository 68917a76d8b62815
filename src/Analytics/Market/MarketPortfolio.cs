using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// Our markets taken together (3C electronics, lithium-battery equipment, packaging machinery, ...),
/// each growing at its own rate. The growth we get by holding share in each industry is weighted by
/// our sales, not by the markets' sizes: when our mix leans to a fast-growing industry we grow faster
/// than "the market".
/// </summary>
public sealed record MarketPortfolio
{
    /// <summary>Creates a portfolio from at least one industry, each named once.</summary>
    /// <param name="industries">The industries; names unique (ordinal).</param>
    public MarketPortfolio(IReadOnlyList<IndustryMarket> industries)
    {
        Preconditions.NotEmpty(industries);
        Preconditions.UniqueKeys(industries, x => x.Industry);

        Industries = industries.ToArray();
    }

    /// <summary>The industries, in the order given.</summary>
    public IReadOnlyList<IndustryMarket> Industries { get; }

    /// <summary>The markets' total size last year, 萬元.</summary>
    public decimal Size => Industries.Sum(i => i.Size);

    /// <summary>Our total sales last year, 萬元.</summary>
    public decimal OurSales => Industries.Sum(i => i.OurSales);

    /// <summary>Our share of the total: OurSales / Size.</summary>
    public decimal Share => OurSales / Size;

    /// <summary>The total market's growth: sum of Size_i g_i over sum of Size_i.</summary>
    public decimal MarketGrowth => Industries.Sum(i => i.Size * i.Growth) / Size;

    /// <summary>Our sales this year if we hold our share in every industry, 萬元.</summary>
    public decimal HoldShareRevenue => Industries.Sum(i => i.HoldShareRevenue);

    /// <summary>Our growth if we hold our share in every industry (weighted by our sales); 0 when we sell nothing yet.</summary>
    public decimal HoldShareGrowth => OurSales == 0 ? 0m : (HoldShareRevenue / OurSales) - 1m;
}
