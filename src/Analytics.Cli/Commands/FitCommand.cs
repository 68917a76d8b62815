using Analytics.Cli.Commands.Fitting;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics fit KIND FILE.csv</c>: fits a model to the company's own history (a cohort's
/// retention, a Bass adoption series, a distribution, win rates, seasonality, renewals) and, with
/// <c>--into SCENARIO --at PATH</c>, writes the fit into a scenario file as a labelled assumption.
/// </summary>
internal sealed class FitCommand : ICommand
{
    /// <summary>Periods projected beyond the data by retention and bass (--periods).</summary>
    public const int DefaultProjection = 5;

    /// <summary>The most periods --periods projects.</summary>
    public const int MaxProjection = 100;

    /// <summary>--periods: the periods retention and bass project beyond the data, 0 to <see cref="MaxProjection"/> (default <see cref="DefaultProjection"/>).</summary>
    public static int Projection(ParsedArguments args)
        => Preconditions.NotNull(args).Int("--periods", DefaultProjection, 0, MaxProjection);

    private static readonly FitKind[] Kinds = [new RetentionFitKind(), new BassFitKind(), new DistributionFitKind(), new WinRateFitKind(), new SeasonalityFitKind(), new RenewalFitKind()];

    private static readonly string KindList = string.Join("|", Kinds.Select(k => k.Name));

    public string Name => "fit";

    public string Usage => $"fit {KindList} FILE.csv [options] [--into SCENARIO --at PATH [--replace]] [--format text|json]";

    public string Summary => "Fit a model to a CSV of the company's history: " + string.Join("; ", Kinds.Select(k => k.Summary)) + ". --into writes the fit into a scenario as a labelled assumption.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--periods", "N", $"retention, bass: periods to project beyond the data, 0-{MaxProjection} (default {DefaultProjection})"),
        new("--column", "NAME", "distribution: the column to fit (default: \"value\", or the file's only column)"),
        new("--where", "COL=VALUE", "distribution: fit only the rows where the column has the value (several: industry=3c,line=new_customers)"),
        new("--family", "LIST", "distribution: the families, from lognormal,gamma,weibull,normal,triangular,pert (default: lognormal,gamma,weibull,normal; triangular and pert for quantities with natural bounds)"),
        new("--bootstrap", "B", $"distribution: parametric-bootstrap refits for the p-values and intervals, 0-100000 (default {Analytics.Fitting.Distributions.DistributionFitOptions.DefaultBootstrap}); seasonality: replicates for the concentration's interval, 2-100000 (default {Analytics.Fitting.Seasonality.SeasonalityFit.DefaultBootstrap})"),
        AnalysisOptions.Seed,
        new("--threads", "K", "distribution: bootstrap threads, 1 to 256 (default: the processor count); never changes the answer"),
        new("--prior", "A,B", "renewal: the beta prior of a renewal probability (default 1,1: uniform)"),
        new("--group", "NAME", "winrate, seasonality, renewal: the industry, line or tier whose fit --into writes (default: the only one, or the one the path names)"),
        new("--into", "SCENARIO", "write the fit into this scenario file as a labelled assumption (a comment // H1: fitted from ...); a backup SCENARIO.bak is kept the first time"),
        new("--at", "PATH", "with --into: the value written, e.g. newCustomers.3c.winRate, market, phasing, phasing.streams.repurchase.concentration"),
        new("--replace", null, "with --into: replace a value that is already a labelled assumption (its comment is kept, marked \"was:\")"),
        OptionSpec.Format,
    ];

    public int MaxPositionals => 2;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var name = args.RequiredPositional(0, "the model to fit: " + string.Join(", ", Kinds.Select(k => k.Name)));
        var kind = Kinds.FirstOrDefault(k => k.Name == name)
            ?? throw new UsageException($"unknown model \"{name}\"; expected {string.Join(", ", Kinds[..^1].Select(k => k.Name))} or {Kinds[^1].Name}.");
        var file = args.RequiredPositional(1, "the CSV file to fit");
        foreach (var option in Options.Select(o => o.Name).Where(args.Has))
        {
            if (option is not ("--format" or "--into" or "--at" or "--replace") && !kind.Options.Contains(option))
            {
                throw new UsageException($"{option} does not apply to fit {kind.Name}; it takes {(kind.Options.Count == 0 ? "no options of its own" : string.Join(", ", kind.Options))}.");
            }
        }

        var into = args.Text("--into");
        var at = args.Text("--at");
        if ((into is null) != (at is null) || (args.Has("--replace") && into is null))
        {
            throw new UsageException("--into SCENARIO and --at PATH go together (and --replace needs them).");
        }

        var json = args.Json;
        var fit = kind.Run(file, args);
        var change = into is null ? default : ScenarioInto.Apply(into, at!, fit.Assumption(at!, args.Text("--group")), args.Has("--replace"), file);
        if (json)
        {
            Json.Write(context.Out, into is null ? fit.Json : Launch.With(fit.Json, "into", change.Json));
        }
        else
        {
            fit.WriteText(context.Out);
            if (into is not null)
            {
                context.Out.WriteLine();
                context.Out.WriteLine("Written into the scenario:");
                foreach (var line in change.Lines)
                {
                    context.Out.WriteLine(line);
                }
            }
        }

        return ExitCodes.Ok;
    }
}
