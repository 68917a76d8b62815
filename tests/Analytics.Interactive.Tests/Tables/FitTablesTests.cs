using Analytics.Common;
using Analytics.Fitting.Distributions;
using Analytics.Fitting.Renewals;
using Analytics.Fitting.Seasonality;
using Analytics.Fitting.WinRates;
using Analytics.History;
using Analytics.Interactive.Tables;
using Analytics.Scenarios.Editing;

namespace Analytics.Interactive.Tests.Tables;

public class FitTablesTests
{
    [Fact]
    public void Distributions_BestFirstWithTheFitsOwnFigures()
    {
        var result = DistributionFitter.Fit(Observations.Of([12.0, 15, 9, 22, 18, 11, 14, 30]), new DistributionFitOptions(Bootstrap: 0));
        var frame = FitTables.Distributions(result);
        Assert.Equal(4, frame.Rows.Count);
        Assert.Equal(result.Best.Family.Name, frame["family"][0]);
        Assert.Equal(result.Best.Aic, frame["aic"][0]);
        Assert.Null(frame["ksPValue"][0]);
        var parameters = FitTables.Parameters(result.Of("lognormal"));
        Assert.Equal(["mu", "sigma", "mean", "cv"], Enumerable.Range(0, 4).Select(i => (string)parameters["parameter"][i]));
    }

    [Fact]
    public void WinRatesRenewalsAndMonths_OneRowPerGroupOrMonth()
    {
        LeadPeriod P(int leads, int wins) => new("q", "3c", leads, wins, SourceLocation.None);
        var winRates = FitTables.WinRates(BetaBinomialFit.ByIndustry([P(30, 2), P(30, 12), P(30, 5)]));
        Assert.Equal("3c", winRates["industry"][0]);
        var renewals = FitTables.Renewals(RenewalFit.ByTier([new RenewalOutcome("x", "A", 2025, true, SourceLocation.None)]));
        Assert.Equal(2.0, renewals["a"][0]);
        var sales = from y in new[] { 2024, 2025 } from m in Enumerable.Range(1, 12) select new MonthlySales(y, m, null, 10 + (m == y - 2020 ? 5 : 0), SourceLocation.None);
        var fit = SeasonalityFit.Fit("all", [.. sales], 10);
        var months = FitTables.Months(fit);
        Assert.Equal(12, months.Rows.Count);
        Assert.Equal(["month", "share", "lower95", "upper95", "2024", "2025"], months.Columns.Select(c => c.Name));
        Assert.Equal(fit.Concentration, FitTables.Concentrations([fit])["concentration"][0]);
    }

    [Fact]
    public void Edits_LabelPathAndTheChange()
    {
        var edit = new ScenarioEdit("s.json", "inputs.market", 12, "H1", "1", "2", ["// H1: x"], [], "{}");
        var frame = FitTables.Edits([edit]);
        Assert.Equal(("H1", "inputs.market", 12, "1", "2"), ((string)frame["label"][0], (string)frame["path"][0], (int)frame["line"][0], (string)frame["before"][0], (string)frame["after"][0]));
    }
}
