using Analytics.Common;

namespace Analytics.NewProduct;

/// <summary>New adopters per period since launch: element i is the adopters in period i, the interval [i, i + 1).</summary>
public sealed record AdoptionSeries
{
    private readonly double[] _adopters;

    /// <summary>Creates a validated series.</summary>
    /// <param name="adopters">Adopters per period, each finite and &gt;= 0; at least one.</param>
    public AdoptionSeries(IReadOnlyList<double> adopters)
    {
        Preconditions.NotEmpty(adopters);
        Preconditions.EachNonNegative(adopters);

        _adopters = adopters.ToArray();
    }

    /// <summary>Adopters per period.</summary>
    public IReadOnlyList<double> Adopters => _adopters;

    /// <summary>The number of periods.</summary>
    public int Periods => _adopters.Length;

    /// <summary>All adopters so far.</summary>
    public double Total => _adopters.Sum();

    /// <summary>How the periods were labelled where the series was read (default: 0, 1, 2 ...); period 0 is the launch.</summary>
    public PeriodLabels Labels { get; init; } = PeriodLabels.FromZero;
}
