using System.Globalization;
using Analytics.Common;
using Analytics.History;

namespace Analytics.Export;

/// <summary>
/// Writes a company history in the layouts its readers take (data/README.md): orders.csv,
/// sales.csv (<c>fit seasonality</c>), leads.csv (<c>fit winrate</c>) and renewals.csv (<c>fit renewal</c>).
/// </summary>
public static class HistoryCsv
{
    /// <summary>The orders file's name.</summary>
    public const string OrdersFile = "orders.csv";

    /// <summary>The monthly sales file's name.</summary>
    public const string SalesFile = "sales.csv";

    /// <summary>The leads file's name.</summary>
    public const string LeadsFile = "leads.csv";

    /// <summary>The renewals file's name.</summary>
    public const string RenewalsFile = "renewals.csv";

    /// <summary>Every file of a history folder.</summary>
    public static IReadOnlyList<string> Files { get; } = [OrdersFile, SalesFile, LeadsFile, RenewalsFile];

    /// <summary>Writes the four files into <paramref name="folder"/> (which must exist) through <see cref="SafeFile"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="overwrite">Whether existing files may be replaced.</param>
    /// <param name="inputs">Files the run read (none of them is written).</param>
    public static void WriteAll(SyntheticHistory history, string folder, bool overwrite, IEnumerable<string> inputs)
    {
        Preconditions.NotNull(history);
        Preconditions.NotBlank(folder);
        var read = Preconditions.NotNull(inputs).ToArray();
        foreach (var file in Files)
        {
            SafeFile.CheckWritable(Path.Combine(folder, file), read, overwrite);
        }

        SafeFile.Write(Path.Combine(folder, OrdersFile), s => WriteOrders(s, history.Orders), read, overwrite);
        SafeFile.Write(Path.Combine(folder, SalesFile), s => WriteSales(s, history.Sales), read, overwrite);
        SafeFile.Write(Path.Combine(folder, LeadsFile), s => WriteLeads(s, history.Leads), read, overwrite);
        SafeFile.Write(Path.Combine(folder, RenewalsFile), s => WriteRenewals(s, history.Renewals), read, overwrite);
    }

    /// <summary>order_id,month,line,industry,customer,value.</summary>
    public static void WriteOrders(Stream stream, IEnumerable<Order> orders)
    {
        Preconditions.NotNull(orders);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["order_id", "month", "line", "industry", "customer", "value"]);
        foreach (var o in orders)
        {
            csv.WriteRecord([o.Id, CalendarMonths.Label(o.Year, o.Month), o.Line, o.Industry, o.Customer, o.Value.ToString("0.00", CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>month,line,amount.</summary>
    public static void WriteSales(Stream stream, IEnumerable<MonthlySales> sales)
    {
        Preconditions.NotNull(sales);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["month", "line", "amount"]);
        foreach (var s in sales)
        {
            csv.WriteRecord([CalendarMonths.Label(s.Year, s.Month), s.Line ?? string.Empty, s.Amount.ToString("0.00", CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>period,industry,leads,wins.</summary>
    public static void WriteLeads(Stream stream, IEnumerable<LeadPeriod> leads)
    {
        Preconditions.NotNull(leads);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["period", "industry", "leads", "wins"]);
        foreach (var l in leads)
        {
            csv.WriteRecord([l.Period, l.Industry ?? string.Empty, l.Leads.ToString(CultureInfo.InvariantCulture), l.Wins.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>customer,tier,due_year,renewed (1 or 0).</summary>
    public static void WriteRenewals(Stream stream, IEnumerable<RenewalOutcome> renewals)
    {
        Preconditions.NotNull(renewals);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["customer", "tier", "due_year", "renewed"]);
        foreach (var r in renewals)
        {
            csv.WriteRecord([r.Customer, r.Tier, r.DueYear.ToString(CultureInfo.InvariantCulture), r.Renewed ? "1" : "0"]);
        }
    }
}
