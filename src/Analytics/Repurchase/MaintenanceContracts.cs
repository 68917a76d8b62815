using Analytics.Common;

namespace Analytics.Repurchase;

/// <summary>
/// Maintenance contracts of one cohort, renewing yearly as a <see cref="ShiftedBetaGeometric"/>: the
/// contracts alive now at a given tenure, their fee, and the revenue expected from them in each
/// coming year, contracts x fee x S(tenure + t) / S(tenure).
/// </summary>
public sealed record MaintenanceContracts
{
    /// <summary>Creates a validated cohort of contracts.</summary>
    /// <param name="contracts">Contracts alive now, &gt;= 0.</param>
    /// <param name="tenure">Renewals they have already made (0 for contracts signed this year), &gt;= 0.</param>
    /// <param name="annualFee">The yearly fee of a contract, 萬元, &gt;= 0.</param>
    /// <param name="retention">How contracts renew.</param>
    public MaintenanceContracts(int contracts, int tenure, decimal annualFee, ShiftedBetaGeometric retention)
    {
        Contracts = Preconditions.NonNegative(contracts);
        Tenure = Preconditions.NonNegative(tenure);
        AnnualFee = Preconditions.NonNegative(annualFee);
        Retention = Preconditions.NotNull(retention);
    }

    /// <summary>Contracts alive now.</summary>
    public int Contracts { get; }

    /// <summary>Their tenure, in renewals made.</summary>
    public int Tenure { get; }

    /// <summary>The yearly fee, 萬元.</summary>
    public decimal AnnualFee { get; }

    /// <summary>The retention model.</summary>
    public ShiftedBetaGeometric Retention { get; }

    /// <summary>Contracts expected alive after <paramref name="years"/> more renewals (&gt;= 0).</summary>
    public double ExpectedContracts(int years)
        => Contracts * Retention.ConditionalSurvival(Tenure, Tenure + Preconditions.NonNegative(years));

    /// <summary>Expected fee revenue for each of the next <paramref name="years"/> years (year 1 is the next renewal), 萬元.</summary>
    /// <param name="years">Years to project, in [1, 100].</param>
    public IReadOnlyList<decimal> ExpectedRevenue(int years)
    {
        Preconditions.InRange(years, 1, 100);
        return Enumerable.Range(1, years).Select(t => (decimal)ExpectedContracts(t) * AnnualFee).ToArray();
    }
}
