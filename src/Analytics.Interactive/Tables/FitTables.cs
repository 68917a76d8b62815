using Analytics.Common;
using Analytics.Fitting.Distributions;
using Analytics.Fitting.Renewals;
using Analytics.Fitting.Seasonality;
using Analytics.Fitting.WinRates;
using Analytics.Scenarios.Editing;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>
/// The fits to the company's history as <see cref="DataFrame"/>s for notebooks: distributions ranked by
/// AIC, win rates by industry, monthly shares, renewal posteriors by tier, and the assumptions written
/// into a scenario. Each column is a figure of the fit's own; nothing is recomputed here.
/// </summary>
public static class FitTables
{
    /// <summary>The distribution fits, best first: family, log-likelihood, AIC, BIC, KS and AD with their bootstrap p-values, and the scenario snippet.</summary>
    public static DataFrame Distributions(DistributionFitResult result)
    {
        Preconditions.NotNull(result);
        var f = result.Fits;
        return new DataFrame(
            new StringDataFrameColumn("family", f.Select(x => x.Family.Name)),
            new DoubleDataFrameColumn("logLikelihood", f.Select(x => x.LogLikelihood)),
            new DoubleDataFrameColumn("aic", f.Select(x => x.Aic)),
            new DoubleDataFrameColumn("bic", f.Select(x => x.Bic)),
            new DoubleDataFrameColumn("ks", f.Select(x => x.KolmogorovSmirnov)),
            new DoubleDataFrameColumn("ksPValue", f.Select(x => x.KolmogorovSmirnovPValue)),
            new DoubleDataFrameColumn("ad", f.Select(x => x.AndersonDarling)),
            new DoubleDataFrameColumn("adPValue", f.Select(x => x.AndersonDarlingPValue)),
            new StringDataFrameColumn("snippet", f.Select(x => x.Snippet)));
    }

    /// <summary>One fit's parameters: name, value, standard error and the bootstrap's 95% interval.</summary>
    public static DataFrame Parameters(DistributionFit fit)
    {
        Preconditions.NotNull(fit);
        var p = fit.Parameters;
        return new DataFrame(
            new StringDataFrameColumn("parameter", p.Select(x => x.Name)),
            new DoubleDataFrameColumn("value", p.Select(x => x.Value)),
            new DoubleDataFrameColumn("standardError", p.Select(x => x.StandardError)),
            new DoubleDataFrameColumn("lower95", p.Select(x => x.Lower95)),
            new DoubleDataFrameColumn("upper95", p.Select(x => x.Upper95)));
    }

    /// <summary>The win rates: industry, periods, leads, wins, a, b (blank at the binomial boundary), mean with its 95% interval, the overdispersion test and the scenario snippet.</summary>
    public static DataFrame WinRates(IReadOnlyList<BetaBinomialFit> fits)
    {
        Preconditions.NotNull(fits);
        return new DataFrame(
            new StringDataFrameColumn("industry", fits.Select(x => x.Group)),
            new Int32DataFrameColumn("periods", fits.Select(x => x.Periods)),
            new Int32DataFrameColumn("leads", fits.Select(x => x.Leads)),
            new Int32DataFrameColumn("wins", fits.Select(x => x.Wins)),
            new DoubleDataFrameColumn("a", fits.Select(x => x.A)),
            new DoubleDataFrameColumn("b", fits.Select(x => x.B)),
            new DoubleDataFrameColumn("mean", fits.Select(x => x.Mean)),
            new DoubleDataFrameColumn("lower95", fits.Select(x => x.MeanLower95)),
            new DoubleDataFrameColumn("upper95", fits.Select(x => x.MeanUpper95)),
            new DoubleDataFrameColumn("likelihoodRatio", fits.Select(x => x.LikelihoodRatio)),
            new DoubleDataFrameColumn("overdispersionPValue", fits.Select(x => x.OverdispersionPValue)),
            new StringDataFrameColumn("snippet", fits.Select(x => x.Snippet)));
    }

    /// <summary>A line's months: month, fitted share with its 95% interval, and each year's observed share.</summary>
    public static DataFrame Months(SeasonalityFit fit)
    {
        Preconditions.NotNull(fit);
        var months = Enumerable.Range(1, 12).ToArray();
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("month", months),
            new DoubleDataFrameColumn("share", fit.Months),
            new DoubleDataFrameColumn("lower95", months.Select(fit.Lower95)),
            new DoubleDataFrameColumn("upper95", months.Select(fit.Upper95)),
        };
        columns.AddRange(fit.Years.Select((year, i) => new DoubleDataFrameColumn(year.ToString(System.Globalization.CultureInfo.InvariantCulture), fit.Shares[i])));
        return new DataFrame(columns);
    }

    /// <summary>Each line's concentration with its bootstrap interval.</summary>
    public static DataFrame Concentrations(IReadOnlyList<SeasonalityFit> fits)
    {
        Preconditions.NotNull(fits);
        return new DataFrame(
            new StringDataFrameColumn("line", fits.Select(x => x.Group)),
            new Int32DataFrameColumn("years", fits.Select(x => x.Years.Count)),
            new DoubleDataFrameColumn("concentration", fits.Select(x => x.Concentration)),
            new DoubleDataFrameColumn("standardError", fits.Select(x => x.ConcentrationStandardError)),
            new DoubleDataFrameColumn("lower95", fits.Select(x => x.ConcentrationLower95)),
            new DoubleDataFrameColumn("upper95", fits.Select(x => x.ConcentrationUpper95)));
    }

    /// <summary>The renewal posteriors: tier, due, renewed, posterior a and b, mean and 90% interval.</summary>
    public static DataFrame Renewals(IReadOnlyList<RenewalFit> fits)
    {
        Preconditions.NotNull(fits);
        return new DataFrame(
            new StringDataFrameColumn("tier", fits.Select(x => x.Tier)),
            new Int32DataFrameColumn("due", fits.Select(x => x.Due)),
            new Int32DataFrameColumn("renewed", fits.Select(x => x.Renewed)),
            new DoubleDataFrameColumn("a", fits.Select(x => x.A)),
            new DoubleDataFrameColumn("b", fits.Select(x => x.B)),
            new DoubleDataFrameColumn("mean", fits.Select(x => x.Mean)),
            new DoubleDataFrameColumn("lower90", fits.Select(x => x.Lower90)),
            new DoubleDataFrameColumn("upper90", fits.Select(x => x.Upper90)));
    }

    /// <summary>The assumptions written into a scenario: label, path, line, the value before and after.</summary>
    public static DataFrame Edits(IReadOnlyList<ScenarioEdit> edits)
    {
        Preconditions.NotNull(edits);
        return new DataFrame(
            new StringDataFrameColumn("label", edits.Select(x => x.Label)),
            new StringDataFrameColumn("path", edits.Select(x => x.Path)),
            new Int32DataFrameColumn("line", edits.Select(x => x.Line)),
            new StringDataFrameColumn("before", edits.Select(x => x.OldValue)),
            new StringDataFrameColumn("after", edits.Select(x => x.NewValue)));
    }
}
