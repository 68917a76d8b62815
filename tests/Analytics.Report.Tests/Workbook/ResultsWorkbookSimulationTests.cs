using Analytics.Charts;
using Analytics.Report.Tests.TestSupport;
using Analytics.Report.Workbook;

namespace Analytics.Report.Tests.Workbook;

public sealed class ResultsWorkbookSimulationTests
{
    private static WorkbookSheet Sheet(ReportContent content, string name, ChartLanguage language = ChartLanguage.Chinese)
        => ResultsWorkbook.Sheets(content, language).Single(s => s.Name == name);

    [Fact]
    public void Sheets_PlanOnly_NoSimulationSheet()
        => Assert.Equal(5, ResultsWorkbook.Sheets(SectionContents.PlanOnly).Count);

    [Fact]
    public void Summary_TheHeadlineFigures()
    {
        var rows = Sheet(Samples.WithEveryResult(), "Simulation summary", ChartLanguage.English).Rows;
        Assert.Equal(
            ["Scenario", "Scenario SHA-256", "Trials", "Seed", "Year target (10k CNY)", "P(hit)", "Standard error of P(hit)", "95% interval, lower", "95% interval, upper", "Mean revenue (10k CNY)", "P10 (10k CNY)", "P50 (10k CNY)", "P90 (10k CNY)"],
            rows.Select(r => r[0].Text));
        Assert.Equal(["plc-2026", "2026"], new[] { rows[0][1].Text!, rows[3][1].Text! });
        Assert.Equal([5000m, 0.623m, 0.0048m, 0.6136m, 0.6324m, 5150.4m, 4450.2m, 5120.7m, 5790.4m], rows.Skip(4).Select(r => r[1].Value));
        Assert.Equal([CellKind.Amount, CellKind.Percent, CellKind.Percent, CellKind.Percent, CellKind.Percent, CellKind.Amount], rows.Skip(4).Take(6).Select(r => r[1].Kind));
    }

    [Fact]
    public void LineRisk_OneRowPerLineInTheLanguage()
    {
        var sheet = Sheet(Samples.WithEveryResult(), "各線風險");
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(["newProduct", "新產品銷售"], row.Take(2).Select(c => c.Text));
        Assert.Equal([1000m, 661.3m, 0m, 770.2m, 1223.4m, 0.259m, 0.0031m], row.Skip(2).Select(c => c.Value));
        Assert.Equal("New product", Sheet(Samples.WithEveryResult(), "Line risk", ChartLanguage.English).Rows[0][1].Text);
    }

    [Fact]
    public void Splits_PlanBestRiskBalancedThenTheGrid_SharesAddUpToOne()
    {
        var content = Samples.WithEveryResult();
        var r = content.SplitFigures!;
        var sheet = Sheet(content, "Splits", ChartLanguage.English);
        Assert.Equal(["Plan", "Best", "Risk-balanced"], sheet.Rows.Take(3).Select(row => row[0].Text));
        Assert.Equal(r.Grid.Count + 3, sheet.Rows.Count);
        Assert.Equal(r.Plan.Split.Shares.Select(s => (decimal)s), sheet.Rows[0].Skip(1).Take(r.Streams.Count).Select(c => c.Value));
        Assert.Equal((decimal)r.Best.ProbabilityOfTarget.Value, sheet.Rows[1][r.Streams.Count + 1].Value);
        Assert.All(sheet.Rows, row => Assert.Equal(1m, Math.Round(row.Skip(1).Take(r.Streams.Count).Sum(c => c.Value), 9)));
        Assert.Equal("Split", sheet.Header[0]);
    }

    [Fact]
    public void Tornado_OneRowPerInputWidestFirst()
    {
        var content = Samples.WithEveryResult();
        var tornado = content.Drivers!.Tornado;
        var sheet = Sheet(content, "龍捲風圖");
        Assert.Equal(tornado.Select(t => t.Input), sheet.Rows.Select(row => row[0].Text));
        Assert.Equal((decimal)tornado[0].HitSwing, sheet.Rows[0][5].Value);
        Assert.Equal([CellKind.Number, CellKind.Number, CellKind.Percent, CellKind.Percent, CellKind.Percent, CellKind.Amount, CellKind.Amount], sheet.Rows[0].Skip(1).Select(c => c.Kind));
    }

    [Fact]
    public void InYear_EachLineAndTheTotal_TheSectionsFigures()
    {
        var r = SectionContents.ShippedYear;
        var content = SectionContents.Simulated.WithInYear(r);
        Assert.DoesNotContain(ResultsWorkbook.Sheets(SectionContents.Simulated, ChartLanguage.English), s => s.Name == "In-year");
        var sheet = Sheet(content, "In-year", ChartLanguage.English);
        Assert.Equal(["repurchase", "new_customers", "new_product", "company"], sheet.Rows.Select(row => row[0].Text));
        var total = sheet.Rows[^1];

        // The shipped actuals: 1,507.56 booked of 2,100 due by June, of the 5,000 target.
        Assert.Equal([5000m, 2100m, 1507.56m], total.Skip(2).Take(3).Select(c => c.Value));
        Assert.Equal(r.Forecast.Hit.Value, (double)total[6].Value, 1e-9);
        Assert.Equal(r.Forecast.Total.P50, (double)total[9].Value, 1e-6);
        Assert.Equal("年內追蹤", ResultsWorkbook.Sheets(content).Last().Name);
    }
}
