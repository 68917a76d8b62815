using System.Globalization;
using Analytics.Charts;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.NewProduct;
using Analytics.Repurchase;
using MathNet.Numerics;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics fit retention|bass FILE.csv</c>: fits the shifted-beta-geometric retention model to a
/// cohort's survival counts, or the Bass diffusion model to adopters per period, and projects them.
/// </summary>
internal sealed class FitCommand : ICommand
{
    private const int DefaultProjection = 5;

    public string Name => "fit";

    public string Usage => "fit retention|bass FILE.csv [--periods N] [--format text|json]";

    public string Summary => "Fit a model to a CSV: 'retention' (columns period,alive: a cohort alive at periods 0, 1, ...) gives alpha and beta of the shifted-beta-geometric model; 'bass' (columns period,adopters) gives p, q, m and the peak.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--periods", "N", $"periods to project beyond the data, 0-100 (default {DefaultProjection})"),
        OptionSpec.Format,
    ];

    public int MaxPositionals => 2;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var kind = args.RequiredPositional(0, "the model to fit: retention or bass");
        var file = args.RequiredPositional(1, "the CSV file to fit");
        var projection = args.Int("--periods", DefaultProjection, 0, 100);
        var json = args.Json;
        switch (kind)
        {
            case "retention":
                var fit = Attempt(file, () => ShiftedBetaGeometricFit.Fit(CohortSurvivalCsv.Load(file)));
                var rows = fit.Project(fit.Data.LastPeriod + projection);
                if (json)
                {
                    Json.Write(context.Out, RetentionJson(file, fit, rows));
                }
                else
                {
                    WriteRetention(file, fit, rows, context.Out);
                }

                break;
            case "bass":
                var bass = Attempt(file, () => BassFit.Fit(AdoptionSeriesCsv.Load(file)));
                if (json)
                {
                    Json.Write(context.Out, BassJson(file, bass, projection));
                }
                else
                {
                    WriteBass(file, bass, projection, context.Out);
                }

                break;
            default:
                throw new UsageException($"unknown model \"{kind}\"; expected retention or bass.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs a fit; data the model cannot fit becomes an input error about the whole file.</summary>
    private static T Attempt<T>(string file, Func<T> fit)
    {
        try
        {
            return fit();
        }
        catch (NonConvergenceException e)
        {
            throw new InputException(file, 0, null, "the fit did not converge: " + e.Message, "data that trace the model's curve (see data/fits/README.md)");
        }
        catch (ArgumentException e) when (e.ParamName == "data")
        {
            // The model's own reason (too few periods, nobody lost, a single burst), without the parameter suffix.
            throw new InputException(file, 0, null, "the data cannot be fitted: " + CliApp.Message(e));
        }
    }

    private static object RetentionJson(string file, ShiftedBetaGeometricFit fit, IReadOnlyList<RetentionProjection> rows) => new
    {
        file,
        model = "shifted-beta-geometric",
        cohortSize = fit.Data.Size,
        lastPeriod = fit.Data.LastPeriod,
        alpha = fit.Model.Alpha,
        beta = fit.Model.Beta,
        alphaStandardError = fit.AlphaStandardError,
        betaStandardError = fit.BetaStandardError,
        logLikelihood = fit.LogLikelihood,
        meanChurn = fit.Model.MeanChurn,
        expectedLifetime = double.IsFinite(fit.Model.ExpectedLifetime) ? fit.Model.ExpectedLifetime : (double?)null,
        fitted = rows.Where(r => r.ObservedAlive is not null).Select(r => new { period = r.Period, observed = r.ObservedAlive, expected = r.ExpectedAlive, retention = r.Retention, survival = r.Survival }),
        projection = rows.Where(r => r.ObservedAlive is null).Select(r => new { period = r.Period, retention = r.Retention, survival = r.Survival, expectedAlive = r.ExpectedAlive }),
    };

    private static void WriteRetention(string file, ShiftedBetaGeometricFit fit, IReadOnlyList<RetentionProjection> rows, TextWriter output)
    {
        var m = fit.Model;
        output.WriteLine($"Shifted-beta-geometric retention fitted to {file} ({N(fit.Data.Size)} contracts, periods 0-{N(fit.Data.LastPeriod)})");
        output.WriteLine($"  alpha           {F(m.Alpha, 4)}  (standard error {F(fit.AlphaStandardError, 4)})");
        output.WriteLine($"  beta            {F(m.Beta, 4)}  (standard error {F(fit.BetaStandardError, 4)})");
        output.WriteLine($"  log-likelihood  {F(fit.LogLikelihood, 2)}");
        output.WriteLine($"  mean churn in the first period {ChartOptions.FormatPercent(m.MeanChurn)}; expected lifetime " +
            (double.IsFinite(m.ExpectedLifetime) ? $"{F(m.ExpectedLifetime, 1)} periods" : "unbounded (alpha <= 1: some contracts almost never lapse)"));
        output.WriteLine();
        var table = new TextTable("period", ">observed", ">expected", ">retention", ">survival", "note");
        foreach (var r in rows)
        {
            table.Row(N(r.Period), r.ObservedAlive is { } o ? N(o) : "-", F(r.ExpectedAlive, 1), ChartOptions.FormatPercent(r.Retention), ChartOptions.FormatPercent(r.Survival), r.ObservedAlive is null ? "projected" : string.Empty);
        }

        table.Write(output);
    }

    private static object BassJson(string file, BassFit fit, int projection)
    {
        var fitted = fit.Fitted(projection);
        return new
        {
            file,
            model = "bass",
            periods = fit.Data.Periods,
            p = fit.Model.P,
            q = fit.Model.Q,
            m = fit.Model.M,
            pStandardError = fit.PStandardError,
            qStandardError = fit.QStandardError,
            mStandardError = fit.MStandardError,
            peakTime = fit.Model.PeakTime,
            peakPeriod = fit.Model.PeakPeriod,
            peakRate = fit.Model.PeakRate,
            sumOfSquares = fit.SumOfSquares,
            rSquared = fit.RSquared,
            fitted = Enumerable.Range(0, fit.Data.Periods).Select(i => new { period = i, observed = fit.Data.Adopters[i], expected = fitted[i] }),
            projection = Enumerable.Range(fit.Data.Periods, projection).Select(i => new { period = i, expected = fitted[i], cumulative = fit.Model.CumulativeAdopters(i + 1.0) }),
        };
    }

    private static void WriteBass(string file, BassFit fit, int projection, TextWriter output)
    {
        var m = fit.Model;
        var fitted = fit.Fitted(projection);
        output.WriteLine($"Bass diffusion fitted to {file} ({N(fit.Data.Periods)} periods, {F(fit.Data.Total, 0)} adopters so far)");
        output.WriteLine($"  p (innovation)  {F(m.P, 4)}  (standard error {F(fit.PStandardError, 4)})");
        output.WriteLine($"  q (imitation)   {F(m.Q, 4)}  (standard error {F(fit.QStandardError, 4)})");
        output.WriteLine($"  m (potential)   {F(m.M, 1)}  (standard error {F(fit.MStandardError, 1)})");
        output.WriteLine($"  peak            t* = ln(q/p)/(p+q) = {F(m.PeakTime, 2)}; busiest period {N(m.PeakPeriod)} ({F(m.PeriodAdopters(m.PeakPeriod), 1)} adopters)");
        output.WriteLine($"  fit             R^2 {F(fit.RSquared, 4)}, sum of squares {F(fit.SumOfSquares, 1)}");
        output.WriteLine();
        var table = new TextTable("period", ">observed", ">expected", ">cumulative", "note");
        for (var i = 0; i < fitted.Count; i++)
        {
            table.Row(N(i), i < fit.Data.Periods ? F(fit.Data.Adopters[i], 0) : "-", F(fitted[i], 1), F(m.CumulativeAdopters(i + 1.0), 1), i < fit.Data.Periods ? string.Empty : "projected");
        }

        table.Write(output);
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
