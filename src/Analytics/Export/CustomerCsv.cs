using System.Globalization;
using Analytics.Planning;

namespace Analytics.Export;

/// <summary>Writes a customer list in the customers.csv layout that <see cref="Loading.PlanLoader"/> reads.</summary>
public static class CustomerCsv
{
    /// <summary>Writes <paramref name="customers"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["id", "name_zh", "tier", "industry", "region", "install_year", "renewal_cycle_years", "renewal_order"]);
        foreach (var c in customers)
        {
            csv.WriteRecord(
            [
                c.Id,
                c.NameZh,
                c.Tier.ToString(),
                c.IndustryId,
                c.RegionId,
                c.InstallYear.ToString(CultureInfo.InvariantCulture),
                c.RenewalCycleYears.ToString(CultureInfo.InvariantCulture),
                c.RenewalOrder.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }
}
