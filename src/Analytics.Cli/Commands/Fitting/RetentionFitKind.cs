using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Fitting;
using Analytics.Loading;
using Analytics.Repurchase;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit retention FILE.csv</c>: the shifted-beta-geometric model fitted to a cohort's survival counts, and projected.</summary>
internal sealed class RetentionFitKind : FitKind
{
    public override string Name => "retention";

    public override string Summary => "'retention' (columns period,alive: a cohort alive at consecutive periods from any start, 0, 1 or a year; the first row is period 0) gives alpha and beta of the shifted-beta-geometric model";

    public override IReadOnlyList<string> Options { get; } = ["--periods"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var projection = FitCommand.Projection(args);
        var fit = Attempt(file, () => ShiftedBetaGeometricFit.Fit(CohortSurvivalCsv.Load(file)));
        var rows = fit.Project(fit.Data.LastPeriod + projection);
        return new FitOutput(Json(file, fit, rows), output => Write(file, fit, rows, output), (_, _) => FitAssumptions.Of(fit));
    }

    private static object Json(string file, ShiftedBetaGeometricFit fit, IReadOnlyList<RetentionProjection> rows)
    {
        var labels = fit.Data.Labels;
        var fitted = rows.Where(r => r.ObservedAlive is not null).Select(r => new { period = labels.Label(r.Period), observed = r.ObservedAlive, expected = r.ExpectedAlive, retention = r.Retention, survival = r.Survival });
        var projection = rows.Where(r => r.ObservedAlive is null).Select(r => new { period = labels.Label(r.Period), retention = r.Retention, survival = r.Survival, expectedAlive = r.ExpectedAlive });
        return Launch.Into(
            new
            {
                file,
                model = "shifted-beta-geometric",
                cohortSize = fit.Data.Size,
                lastPeriod = labels.Label(fit.Data.LastPeriod),
                alpha = fit.Model.Alpha,
                beta = fit.Model.Beta,
                alphaStandardError = fit.AlphaStandardError,
                betaStandardError = fit.BetaStandardError,
                logLikelihood = fit.LogLikelihood,
                meanChurn = fit.Model.MeanChurn,
                expectedLifetime = double.IsFinite(fit.Model.ExpectedLifetime) ? fit.Model.ExpectedLifetime : (double?)null,
                fitted,
                projection,
            },
            labels);
    }

    private static void Write(string file, ShiftedBetaGeometricFit fit, IReadOnlyList<RetentionProjection> rows, TextWriter output)
    {
        var m = fit.Model;
        var labels = fit.Data.Labels;
        output.WriteLine($"Shifted-beta-geometric retention fitted to {file} ({WholeNumber(fit.Data.Size)} contracts, periods {WholeNumber(labels.First)}-{WholeNumber(labels.Label(fit.Data.LastPeriod))})");
        output.WriteLine($"  cohort start    {labels.Describe()}");
        output.WriteLine($"  alpha           {FixedPoint(m.Alpha, 4)}  (standard error {FixedPoint(fit.AlphaStandardError, 4)})");
        output.WriteLine($"  beta            {FixedPoint(m.Beta, 4)}  (standard error {FixedPoint(fit.BetaStandardError, 4)})");
        output.WriteLine($"  log-likelihood  {FixedPoint(fit.LogLikelihood, 2)}");
        output.WriteLine($"  mean churn in the first period {Formats.Percent(m.MeanChurn)}; expected lifetime " +
            (double.IsFinite(m.ExpectedLifetime) ? $"{FixedPoint(m.ExpectedLifetime, 1)} periods" : "unbounded (alpha <= 1: some contracts almost never lapse)"));
        output.WriteLine();
        var table = new TextTable("period", ">observed", ">expected", ">retention", ">survival", "note");
        foreach (var r in rows)
        {
            table.Row(WholeNumber(labels.Label(r.Period)), r.ObservedAlive is { } o ? WholeNumber(o) : "-", FixedPoint(r.ExpectedAlive, 1), Formats.Percent(r.Retention), Formats.Percent(r.Survival), r.ObservedAlive is null ? "projected" : string.Empty);
        }

        table.Write(output);
    }
}
