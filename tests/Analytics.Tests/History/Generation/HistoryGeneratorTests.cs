using Analytics.Export;
using Analytics.History.Generation;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Tests.History.Generation;

public class HistoryGeneratorTests
{
    private static readonly Analytics.Planning.SalesPlan Plan = PlanLoader.Load(RepoPaths.ShippedPlan);

    [Fact]
    public void Generate_ShippedPlan_ThreeYearsOnTheGrowthPathEndingAtLastYearsSalesExactly()
    {
        var history = HistoryGenerator.Generate(Plan, new HistorySpec(), HistoryGenerator.ShippedSeed);
        // 3800 last year, 10% a year back: 3454.55 and 3140.50 (each rounded to 0.01 萬元).
        Assert.Equal(3800m, history.SalesOf(2025));
        Assert.Equal(Math.Round(3800m / 1.1m, 2), history.SalesOf(2024));
        Assert.Equal(Math.Round(3800m / 1.21m, 2), history.SalesOf(2023));
        Assert.Equal(history.Orders.Sum(o => o.Value), history.Sales.Sum(s => s.Amount));
        // Repurchase is 40% of each year, to the cent.
        Assert.Equal(1520m, history.Sales.Where(s => s.Year == 2025 && s.Line == "repurchase").Sum(s => s.Amount));
        Assert.Equal(72, history.Sales.Count);
        Assert.Equal(36, history.Leads.Count);
        Assert.Equal(180, history.Renewals.Count);   // the 60 customers due a year (A 20, B 25, C 15) for three years
        Assert.All(history.Leads, l => Assert.InRange(l.Wins, 0, l.Leads));
    }

    [Fact]
    public void Generate_SameSeed_SameHistory_OtherSeed_Another()
    {
        var a = HistoryGenerator.Generate(Plan, new HistorySpec(), 9);
        var b = HistoryGenerator.Generate(Plan, new HistorySpec(), 9);
        var c = HistoryGenerator.Generate(Plan, new HistorySpec(), 10);
        Assert.Equal(a.Orders, b.Orders);
        Assert.NotEqual(a.Orders.Select(o => o.Value), c.Orders.Select(o => o.Value));
    }

    [Fact]
    public void Generate_ShippedFiles_ExactlyTheGeneratorsOutput()
    {
        var history = HistoryGenerator.Generate(Plan, new HistorySpec(), HistoryGenerator.ShippedSeed);
        var folder = Path.Combine(RepoPaths.ShippedPlan, "history");
        foreach (var (file, write) in new (string, Action<Stream>)[]
        {
            (HistoryCsv.OrdersFile, s => HistoryCsv.WriteOrders(s, history.Orders)),
            (HistoryCsv.SalesFile, s => HistoryCsv.WriteSales(s, history.Sales)),
            (HistoryCsv.LeadsFile, s => HistoryCsv.WriteLeads(s, history.Leads)),
            (HistoryCsv.RenewalsFile, s => HistoryCsv.WriteRenewals(s, history.Renewals)),
        })
        {
            using var stream = new MemoryStream();
            write(stream);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, file)), stream.ToArray());
        }
    }

    [Fact]
    public void Generate_BadSpec_Rejected()
        => Assert.ThrowsAny<ArgumentException>(() => HistoryGenerator.Generate(Plan, new HistorySpec { Years = 1 }, 1));
}
