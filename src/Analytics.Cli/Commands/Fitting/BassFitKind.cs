using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Fitting;
using Analytics.Loading;
using Analytics.NewProduct;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit bass FILE.csv</c>: the Bass diffusion model fitted to adopters per period, and projected.</summary>
internal sealed class BassFitKind : FitKind
{
    public override string Name => "bass";

    public override string Summary => "'bass' (columns period,adopters: consecutive periods from any start, 0, 1 or a year; the first row is the launch) gives p, q, m and the peak";

    public override IReadOnlyList<string> Options { get; } = ["--periods"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var projection = FitCommand.Projection(args);
        var fit = Attempt(file, () => BassFit.Fit(AdoptionSeriesCsv.Load(file)));
        return new FitOutput(Json(file, fit, projection), output => Write(file, fit, projection, output), (_, _) => FitAssumptions.Of(fit));
    }

    private static object Json(string file, BassFit fit, int projection)
    {
        var fitted = fit.Fitted(projection);
        var labels = fit.Data.Labels;
        return Launch.Into(
            new
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
                peakPeriod = labels.Label(fit.Model.PeakPeriod),
                peakRate = fit.Model.PeakRate,
                sumOfSquares = fit.SumOfSquares,
                rSquared = fit.RSquared,
                fitted = Enumerable.Range(0, fit.Data.Periods).Select(i => new { period = labels.Label(i), observed = fit.Data.Adopters[i], expected = fitted[i] }),
                projection = Enumerable.Range(fit.Data.Periods, projection).Select(i => new { period = labels.Label(i), expected = fitted[i], cumulative = fit.Model.CumulativeAdopters(i + 1.0) }),
            },
            labels);
    }

    private static void Write(string file, BassFit fit, int projection, TextWriter output)
    {
        var m = fit.Model;
        var labels = fit.Data.Labels;
        var fitted = fit.Fitted(projection);
        output.WriteLine($"Bass diffusion fitted to {file} ({WholeNumber(fit.Data.Periods)} periods, {FixedPoint(fit.Data.Total, 0)} adopters so far)");
        output.WriteLine($"  launch          {labels.Describe()}");
        output.WriteLine($"  p (innovation)  {FixedPoint(m.P, 4)}  (standard error {FixedPoint(fit.PStandardError, 4)})");
        output.WriteLine($"  q (imitation)   {FixedPoint(m.Q, 4)}  (standard error {FixedPoint(fit.QStandardError, 4)})");
        output.WriteLine($"  m (potential)   {FixedPoint(m.M, 1)}  (standard error {FixedPoint(fit.MStandardError, 1)})");
        output.WriteLine($"  peak            t* = ln(q/p)/(p+q) = {FixedPoint(m.PeakTime, 2)} periods after the launch; busiest period {WholeNumber(labels.Label(m.PeakPeriod))} ({FixedPoint(m.PeriodAdopters(m.PeakPeriod), 1)} adopters)");
        output.WriteLine($"  fit             R^2 {FixedPoint(fit.RSquared, 4)}, sum of squares {FixedPoint(fit.SumOfSquares, 1)}");
        output.WriteLine();
        var table = new TextTable("period", ">observed", ">expected", ">cumulative", "note");
        for (var i = 0; i < fitted.Count; i++)
        {
            table.Row(WholeNumber(labels.Label(i)), i < fit.Data.Periods ? FixedPoint(fit.Data.Adopters[i], 0) : "-", FixedPoint(fitted[i], 1), FixedPoint(m.CumulativeAdopters(i + 1.0), 1), i < fit.Data.Periods ? string.Empty : "projected");
        }

        table.Write(output);
    }
}
