using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// One split of the target over the three business types and the probability of hitting the
/// target with it. Shares are fractions of the target and add up to 1 (within 1e-6).
/// </summary>
/// <param name="Repurchase">Share of existing-customer repurchase.</param>
/// <param name="NewCustomers">Share of new customers.</param>
/// <param name="NewProduct">Share of the new product.</param>
/// <param name="ProbabilityOfHit">P(hit) with that split, 0-1.</param>
public sealed record TernaryPoint(double Repurchase, double NewCustomers, double NewProduct, double ProbabilityOfHit)
{
    /// <summary>Share of repurchase, 0-1 (rounding errors within 1e-6 clamped).</summary>
    public double Repurchase { get; } = ChartInputChecks.Share(Repurchase);

    /// <summary>Share of new customers, 0-1.</summary>
    public double NewCustomers { get; } = ChartInputChecks.Share(NewCustomers);

    /// <summary>Share of the new product, 0-1; the three add up to 1.</summary>
    public double NewProduct { get; } = ChartInputChecks.ThirdShare(Repurchase, NewCustomers, NewProduct);

    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);
}
