using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>A named split drawn on top of the ternary map (the seed's split, the best, the risk-balanced one).</summary>
/// <param name="Label">Its name.</param>
/// <param name="Repurchase">Share of repurchase.</param>
/// <param name="NewCustomers">Share of new customers.</param>
/// <param name="NewProduct">Share of the new product; the three add up to 1.</param>
public sealed record TernaryMarker(BilingualText Label, double Repurchase, double NewCustomers, double NewProduct)
{
    /// <summary>Its name.</summary>
    public BilingualText Label { get; } = Preconditions.NotNull(Label);

    /// <summary>Share of repurchase, 0-1 (rounding errors within 1e-6 clamped).</summary>
    public double Repurchase { get; } = ChartInputChecks.Share(Repurchase);

    /// <summary>Share of new customers, 0-1.</summary>
    public double NewCustomers { get; } = ChartInputChecks.Share(NewCustomers);

    /// <summary>Share of the new product, 0-1; the three add up to 1.</summary>
    public double NewProduct { get; } = ChartInputChecks.ThirdShare(Repurchase, NewCustomers, NewProduct);
}
