using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Fitting;
using Analytics.Fitting.Distributions;
using Analytics.Loading;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit distribution FILE.csv</c>: maximum-likelihood fits of the scenario format's continuous families to one column, ranked by AIC.</summary>
internal sealed class DistributionFitKind : FitKind
{
    public override string Name => "distribution";

    public override string Summary => "'distribution' (any columns: the values of --column, default \"value\") fits lognormal, gamma, weibull and normal (triangular and pert when named with --family) by maximum likelihood, ranked by AIC, with KS and Anderson-Darling p-values by parametric bootstrap";

    public override IReadOnlyList<string> Options { get; } = ["--column", "--where", "--family", "--bootstrap", "--seed", "--threads"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var families = args.Text("--family") is { } list ? Families(list) : FitFamilies.Default;
        var options = new DistributionFitOptions(
            families,
            args.Int("--bootstrap", DistributionFitOptions.DefaultBootstrap, 0, 100_000),
            (ulong)args.Long("--seed", 1, 0, long.MaxValue),
            args.Int("--threads", Environment.ProcessorCount, 1, 256));
        var data = ObservationsCsv.Load(file, args.Text("--column"), Filters(args.Text("--where")), families.Any(f => f.RequiresPositive));
        var result = Attempt(file, () => DistributionFitter.Fit(data, options));
        return new FitOutput(Json(file, result), output => Write(file, result, output), (_, _) => FitAssumptions.Of(result.Best, data));
    }

    private static IReadOnlyList<FitFamily> Families(string list)
    {
        try
        {
            return FitFamilies.Parse(list);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--family: " + CliApp.Message(e));
        }
    }

    // "industry=3c,region=south" -> [(industry, 3c), (region, south)].
    private static IReadOnlyList<(string Column, string Value)> Filters(string? text)
    {
        if (text is null)
        {
            return [];
        }

        return [.. text.Split(',').Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            return eq > 0 ? (pair[..eq].Trim(), pair[(eq + 1)..].Trim()) : throw new UsageException($"--where takes COLUMN=VALUE pairs separated by commas (industry=3c); got \"{pair}\".");
        })];
    }

    private static object Json(string file, DistributionFitResult result) => new
    {
        file,
        values = result.Data.Description,
        count = result.Data.Count,
        bootstrap = result.Options.Bootstrap,
        seed = result.Options.Seed,
        fits = result.Fits.Select(f => new
        {
            family = f.Family.Name,
            method = f.Family.Method,
            parameters = f.Parameters.ToDictionary(p => p.Name, p => p.Value),
            logLikelihood = f.LogLikelihood,
            aic = f.Aic,
            bic = f.Bic,
            ks = f.KolmogorovSmirnov,
            ksPValue = f.KolmogorovSmirnovPValue,
            ad = f.AndersonDarling,
            adPValue = f.AndersonDarlingPValue,
            standardErrors = f.Parameters.ToDictionary(p => p.Name, p => p.StandardError),
            standardErrorSource = f.StandardErrors,
            intervals = f.Parameters.Where(p => p.Lower95 is not null).ToDictionary(p => p.Name, p => new { lower = p.Lower95, upper = p.Upper95 }),
            bootstrapRefits = f.Bootstrap?.KolmogorovSmirnov.Count,
            snippet = f.Snippet,
        }),
        skipped = result.Skipped.Select(s => new { family = s.Family, reason = s.Reason }),
    };

    private static void Write(string file, DistributionFitResult result, TextWriter output)
    {
        var o = result.Options;
        output.WriteLine($"Distributions fitted to {file} by maximum likelihood: {result.Data.Provenance()}");
        output.WriteLine(o.Bootstrap > 0
            ? $"Ranked by AIC (lowest first). p-values and 95% intervals from {WholeNumber(o.Bootstrap)} parametric-bootstrap refits (seed {o.Seed}): the fit's parameters are estimated, so the textbook KS and AD tables do not apply."
            : "Ranked by AIC (lowest first). No bootstrap (--bootstrap 0): no p-values; the textbook KS and AD tables do not apply to estimated parameters.");
        output.WriteLine();
        var table = new TextTable("rank", "family", ">logL", ">AIC", ">BIC", ">KS D", ">KS p", ">AD A2", ">AD p");
        foreach (var (f, i) in result.Fits.Select((f, i) => (f, i)))
        {
            table.Row(WholeNumber(i + 1), f.Family.Name, FixedPoint(f.LogLikelihood, 2), FixedPoint(f.Aic, 2), FixedPoint(f.Bic, 2), FixedPoint(f.KolmogorovSmirnov, 4), Optional(f.KolmogorovSmirnovPValue, 3), FixedPoint(f.AndersonDarling, 4), Optional(f.AndersonDarlingPValue, 3));
        }

        table.Write(output);
        foreach (var f in result.Fits)
        {
            output.WriteLine();
            output.WriteLine($"{f.Family.Name}: {f.Family.Method}; standard errors: {Source(f.StandardErrors)}");
            var parameters = new TextTable("  parameter", ">value", ">std. error", ">95% low", ">95% high");
            foreach (var p in f.Parameters)
            {
                parameters.Row("  " + p.Name, Significant(p.Value), p.StandardError is { } se ? Significant(se) : "-", p.Lower95 is { } lo ? Significant(lo) : "-", p.Upper95 is { } hi ? Significant(hi) : "-");
            }

            parameters.Write(output);
            output.WriteLine($"  scenario: {f.Snippet}");
        }

        foreach (var (family, reason) in result.Skipped)
        {
            output.WriteLine();
            output.WriteLine($"{family}: not fitted ({reason})");
        }
    }

    private static string Source(StandardErrorSource source) => source switch
    {
        StandardErrorSource.ObservedInformation => "observed information (inverse Hessian of the log-likelihood; delta method for mean and cv)",
        StandardErrorSource.Bootstrap => "standard deviation of the bootstrap refits (a bounded family: its ends move with the data)",
        _ => "none (a bounded family needs the bootstrap)",
    };
}
