using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Fitting;
using Analytics.Fitting.Seasonality;
using Analytics.Loading;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit seasonality FILE.csv</c>: monthly shares of the year and their Dirichlet concentration, per line, for the scenario's phasing section.</summary>
internal sealed class SeasonalityFitKind : FitKind
{
    private const string Method = "each complete year's 12 monthly shares are one draw of a Dirichlet with means the months and a concentration, both by the method of moments over the years (a month may have no sales); a share's 95% interval is m +- 1.96 sqrt(m(1 - m) / ((concentration + 1) years)), kept within [0, 1]; the concentration's standard error and 95% interval from a parametric bootstrap";

    public override string Name => "seasonality";

    public override string Summary => "'seasonality' (columns month as YYYY-MM and amount, optional line) gives the monthly shares with intervals and a Dirichlet concentration per line (and for all lines), for the scenario's phasing section";

    public override IReadOnlyList<string> Options { get; } = ["--group", "--bootstrap", "--seed"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var sales = MonthlySalesCsv.Load(file);
        var bootstrap = args.Int("--bootstrap", SeasonalityFit.DefaultBootstrap, 2, 100_000);
        var seed = (ulong)args.Long("--seed", 1, 0, long.MaxValue);
        var fits = Attempt(file, () => SeasonalityFit.ByLine(sales, bootstrap, seed));
        return new FitOutput(Json(file, fits), output => Write(file, fits, output), (path, group) => FitAssumptions.Of(Pick(fits, f => f.Group, path, group ?? (fits.Count > 1 && !path.Contains('.', StringComparison.Ordinal) ? SeasonalityFit.AllGroup : null), "line", "lines"), path));
    }

    private static object Json(string file, IReadOnlyList<SeasonalityFit> fits)
    {
        object One(SeasonalityFit f) => new
        {
            line = f.Group,
            years = f.Years,
            months = f.Months,
            concentration = f.Concentration,
            concentrationStandardError = f.ConcentrationStandardError,
            concentrationLower95 = f.ConcentrationLower95,
            concentrationUpper95 = f.ConcentrationUpper95,
            intervals = Enumerable.Range(1, 12).Select(m => new { month = m, lower = f.Lower95(m), upper = f.Upper95(m) }),
            observed = f.Years.Select((y, i) => new { year = y, shares = f.Shares[i] }),
            scenarioMonths = f.RoundedMonths(),
        };

        return fits is [{ Group: SeasonalityFit.AllGroup } only]
            ? Launch.With(One(only), "file", file, 0)
            : new { file, method = Method, lines = fits.Select(One) };
    }

    private static void Write(string file, IReadOnlyList<SeasonalityFit> fits, TextWriter output)
    {
        output.WriteLine($"Seasonality fitted to {file}: {Method}.");
        foreach (var f in fits)
        {
            output.WriteLine();
            output.WriteLine($"{f.Group}: years {string.Join(", ", f.Years)}; concentration {Significant(f.Concentration)} (bootstrap standard error {Significant(f.ConcentrationStandardError)}; 95% {Significant(f.ConcentrationLower95)}-{Significant(f.ConcentrationUpper95)})");
            var table = new TextTable(["month", ">share", ">95% low", ">95% high", .. f.Years.Select(y => ">" + WholeNumber(y))]);
            for (var m = 1; m <= 12; m++)
            {
                table.Row([WholeNumber(m), FixedPoint(f.Months[m - 1], 4), FixedPoint(f.Lower95(m), 4), FixedPoint(f.Upper95(m), 4), .. f.Shares.Select(s => FixedPoint(s[m - 1], 4))]);
            }

            table.Write(output);
            output.WriteLine($"  scenario: \"months\": {f.MonthsJson}, \"concentration\": {Significant(f.Concentration)}");
        }
    }
}
