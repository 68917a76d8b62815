using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// An adoption curve (e.g. the Bass model of the new product): new adopters per period and the
/// cumulative count, optionally with the market potential the cumulative approaches.
/// </summary>
/// <param name="Periods">Period numbers (1 = the first), ascending.</param>
/// <param name="Adopters">New adopters in each period (customers, &gt;= 0).</param>
/// <param name="Cumulative">Adopters up to and including each period.</param>
/// <param name="Period">What a period is (default month).</param>
/// <param name="MarketPotential">The model's market potential m (customers), or null.</param>
public sealed record AdoptionCurve(IReadOnlyList<int> Periods, IReadOnlyList<double> Adopters, IReadOnlyList<double> Cumulative, AdoptionPeriod Period = AdoptionPeriod.Month, double? MarketPotential = null)
{
    /// <summary>Period numbers, ascending, at least one.</summary>
    public IReadOnlyList<int> Periods { get; } = ChartInputChecks.Ascending(Periods);

    /// <summary>New adopters per period, non-negative.</summary>
    public IReadOnlyList<double> Adopters { get; } = ChartInputChecks.NonNegativeSeries(Adopters, Periods.Count);

    /// <summary>Cumulative adopters, non-negative.</summary>
    public IReadOnlyList<double> Cumulative { get; } = ChartInputChecks.NonNegativeSeries(Cumulative, Periods.Count);

    /// <summary>Market potential, customers, or null.</summary>
    public double? MarketPotential { get; } = MarketPotential is { } m ? Preconditions.Positive(m) : null;
}

/// <summary>The length of one period of an adoption curve.</summary>
public enum AdoptionPeriod
{
    /// <summary>A month.</summary>
    Month,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A year.</summary>
    Year,
}
