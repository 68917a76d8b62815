using System.Text.Json;
using Analytics.Fitting;
using Analytics.Fitting.Distributions;
using Analytics.Fitting.Seasonality;
using Analytics.Loading;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.TestSupport;

namespace Analytics.Tests.Fitting;

public class FitAssumptionsTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Of_Retention_NextRenewalAsTheSurvivorsBetaWhoseMeanIsTheModelsRetention()
    {
        var fit = ShiftedBetaGeometricFit.Fit(CohortSurvivalCsv.Load(RepoPaths.Data("fits", "retention-example.csv")));
        var value = FitAssumptions.Of(fit);
        var beta = Parse(value.Json);
        // Among contracts alive after period 7 the churn is Beta(alpha, beta + 7): renewal Beta(beta + 7, alpha), mean r_8.
        var (a, b) = (beta.GetProperty("a").GetDouble(), beta.GetProperty("b").GetDouble());
        Assert.Equal(fit.Model.Beta + 7, a, 4);
        Assert.Equal(fit.Model.Alpha, b, 4);
        Assert.Equal(fit.Model.Retention(8), a / (a + b), 4);
        Assert.StartsWith($"fitted from {RepoPaths.Data("fits", "retention-example.csv")} rows 2-9 (8 periods, period 0 is the row labelled 0", value.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Bass_NextPeriodsExpectedAdoptersAsAPoissonCount()
    {
        var fit = BassFit.Fit(AdoptionSeriesCsv.Load(RepoPaths.Data("fits", "bass-example.csv")));
        var value = Parse(FitAssumptions.Of(fit).Json);
        Assert.Equal("poisson", value.GetProperty("dist").GetString());
        Assert.Equal(fit.Model.PeriodAdopters(12), value.GetProperty("mean").GetDouble(), 3);
    }

    [Fact]
    public void Of_Seasonality_MonthsForTheSectionConcentrationForItsKey()
    {
        var sales = MonthlySalesCsv.Load(RepoPaths.Data("plc-2026", "history", "sales.csv"));
        var fit = SeasonalityFit.ByLine(sales, 50)[^1];
        var months = FitAssumptions.Of(fit, "phasing");
        Assert.Equal("months", months.MemberKey);
        Assert.Equal(["quarters", "months"], months.Replaces);
        Assert.Equal(1.0, Parse(months.Json).EnumerateArray().Sum(e => e.GetDouble()), 12);
        var concentration = FitAssumptions.Of(fit, "phasing.streams.repurchase.concentration");
        Assert.Null(concentration.MemberKey);
        Assert.Equal(fit.Concentration, double.Parse(concentration.Json, System.Globalization.CultureInfo.InvariantCulture), 3);
    }

    [Fact]
    public void Of_Distribution_SnippetAndProvenance()
    {
        var data = Observations.Of([12.0, 15, 9, 22, 18, 11, 14]);
        var fit = DistributionFitter.Fit(data, new DistributionFitOptions(FitFamilies.Parse("gamma"), 0)).Best;
        var value = FitAssumptions.Of(fit, data);
        Assert.Equal(fit.Snippet, value.Json);
        Assert.StartsWith("fitted from data given in code (values; 7 values): gamma shape", value.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_Rows_FirstAndLastLineOfTheFile()
        => Assert.Equal("a.csv rows 3-9", Provenance.Rows([new("a.csv", 9), new("a.csv", 3), Analytics.Common.SourceLocation.None]));
}
