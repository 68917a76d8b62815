using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// An existing customer (customers.csv, generated: see data/README.md). The customer is due for
/// renewal in the year its installed equipment reaches its renewal cycle.
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="NameZh">Name (fictitious).</param>
/// <param name="Tier">A, B or C.</param>
/// <param name="IndustryId">The customer's industry.</param>
/// <param name="RegionId">The customer's region.</param>
/// <param name="InstallYear">Year the current equipment was installed.</param>
/// <param name="RenewalCycleYears">Years between renewals of that equipment (&gt;= 1).</param>
/// <param name="RenewalOrder">Expected value of a renewal order, 萬元.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Customer(string Id, string NameZh, CustomerTier Tier, string IndustryId, string RegionId, int InstallYear, int RenewalCycleYears, decimal RenewalOrder, SourceLocation Source)
{
    /// <summary>Year the current equipment was installed (a calendar year the loader accepts).</summary>
    public int InstallYear { get; } = CalendarYears.Check(InstallYear);

    /// <summary>Years between renewals (&gt;= 1).</summary>
    public int RenewalCycleYears { get; } = Preconditions.InRange(RenewalCycleYears, 1, 100);

    /// <summary>Expected value of a renewal order, 萬元.</summary>
    public decimal RenewalOrder { get; } = Preconditions.NonNegative(RenewalOrder);

    /// <summary>The year the equipment is due for renewal.</summary>
    public int RenewalYear => InstallYear + RenewalCycleYears;

    /// <summary>Whether the customer is due for renewal in <paramref name="year"/>.</summary>
    public bool IsDueIn(int year) => RenewalYear == year;
}
