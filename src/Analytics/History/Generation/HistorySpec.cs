using Analytics.Common;

namespace Analytics.History.Generation;

/// <summary>
/// The assumptions behind a synthetic history (data/README.md, A15-A19): how fast the company grew,
/// how its sales split between repurchase and new customers, how its months vary, how often each tier
/// renewed and how its win rates varied. Every other figure comes from the plan itself (last year's
/// sales, the due customers by tier and their orders, the leads and average orders by industry, the
/// quarterly phasing).
/// </summary>
public sealed record HistorySpec
{
    /// <summary>Past years generated, the last being the year before the plan's (default 3).</summary>
    public int Years { get; init; } = 3;

    /// <summary>Yearly growth of sales up to last year (default 0.10: A15). Year y's sales are last year's / (1 + g)^(years back).</summary>
    public decimal Growth { get; init; } = 0.10m;

    /// <summary>Repurchase's share of each year's sales (default 0.40: A16); the rest is new customers.</summary>
    public decimal RepurchaseShare { get; init; } = 0.40m;

    /// <summary>The Dirichlet concentration of each line's monthly weights around the plan's phasing (default repurchase 40, new customers 20: the scenario's S7).</summary>
    public IReadOnlyDictionary<string, double> Concentration { get; init; } = new Dictionary<string, double> { ["repurchase"] = 40, ["new_customers"] = 20 };

    /// <summary>Renewal probability by tier (default A 0.80, B 0.60, C 0.40: the reference scenario's, A17).</summary>
    public IReadOnlyDictionary<string, double> RenewalProbability { get; init; } = new Dictionary<string, double> { ["A"] = 0.80, ["B"] = 0.60, ["C"] = 0.40 };

    /// <summary>Coefficient of variation of a renewal order around its tier's order (default 0.35).</summary>
    public double RenewalCv { get; init; } = 0.35;

    /// <summary>Upgrade and maintenance orders in the last year (default 80), fewer in earlier years by the growth path; mean 10 萬元, cv 0.6 (the reference scenario's pool).</summary>
    public int Upgrades { get; init; } = 80;

    /// <summary>The win rate's variation from quarter to quarter by industry: Beta(a, b) (default 3C (6, 34), lithium (4.8, 35.2), packaging (8, 32): means 0.15, 0.12, 0.20 as the reference scenario's, a + b = 40; A18).</summary>
    public IReadOnlyDictionary<string, (double A, double B)> WinRate { get; init; } = new Dictionary<string, (double, double)> { ["3c"] = (6, 34), ["lithium"] = (4.8, 35.2), ["packaging"] = (8, 32) };

    /// <summary>Coefficient of variation of a new customer's first order around its industry's average (default 0.6: A19).</summary>
    public double OrderCv { get; init; } = 0.6;

    /// <summary>Checks the spec.</summary>
    /// <exception cref="ArgumentException">A figure is out of range.</exception>
    public void Validate()
    {
        Preconditions.InRange(Years, 2, 20);
        Preconditions.InRange((double)Growth, -0.5, 1.0);
        Preconditions.InRange((double)RepurchaseShare, 0.05, 0.95);
        Preconditions.Positive(RenewalCv);
        Preconditions.Positive(OrderCv);
        Preconditions.Positive(Upgrades);
        foreach (var (_, p) in RenewalProbability)
        {
            Preconditions.Probability(p);
        }

        foreach (var (_, k) in Concentration)
        {
            Preconditions.Positive(k);
        }

        foreach (var (_, (a, b)) in WinRate)
        {
            Preconditions.Positive(a);
            Preconditions.Positive(b);
        }
    }
}
