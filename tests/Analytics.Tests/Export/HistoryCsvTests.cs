using Analytics.Export;
using Analytics.History.Generation;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Tests.Export;

public class HistoryCsvTests
{
    private static readonly Analytics.History.SyntheticHistory History = HistoryGenerator.Generate(PlanLoader.Load(RepoPaths.ShippedPlan), new HistorySpec(), 4);

    private static CsvTable Table(Action<Stream> write, string file, CsvSchema schema)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return CsvTable.Read(stream, file, schema);
    }

    [Fact]
    public void Writers_ReadBackByTheirLoaders_SameFigures()
    {
        var sales = MonthlySalesCsv.Read(Table(s => HistoryCsv.WriteSales(s, History.Sales), "sales.csv", MonthlySalesCsv.Schema));
        Assert.Equal(History.Sales.Select(s => (s.Year, s.Month, s.Line, s.Amount)), sales.Select(s => (s.Year, s.Month, s.Line, s.Amount)));
        var leads = LeadPeriodsCsv.Read(Table(s => HistoryCsv.WriteLeads(s, History.Leads), "leads.csv", LeadPeriodsCsv.Schema));
        Assert.Equal(History.Leads.Select(l => (l.Period, l.Industry, l.Leads, l.Wins)), leads.Select(l => (l.Period, l.Industry, l.Leads, l.Wins)));
        var renewals = RenewalOutcomesCsv.Read(Table(s => HistoryCsv.WriteRenewals(s, History.Renewals), "renewals.csv", RenewalOutcomesCsv.Schema));
        Assert.Equal(History.Renewals.Select(r => (r.Customer, r.Tier, r.DueYear, r.Renewed)), renewals.Select(r => (r.Customer, r.Tier, r.DueYear, r.Renewed)));
        var values = ObservationsCsv.Read(Table(s => HistoryCsv.WriteOrders(s, History.Orders), "orders.csv", ObservationsCsv.Schema));
        Assert.Equal(History.Orders.Select(o => (double)o.Value), values.Values);
        Assert.Equal("orders.csv", values.Sources[0].File);
        Assert.Equal(2, values.Sources[0].Line);
    }
}
