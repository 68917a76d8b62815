using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Sensitivity;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics sensitivity SCENARIO</c>: which assumption the outcome hangs on. A tornado (each
/// input between its own P10 and P90, the others at their medians), rank correlations with the
/// total and contribution to variance, and first- and total-order Sobol indices with bootstrap
/// intervals, of the total and of hitting the target.
/// </summary>
internal sealed class SensitivityCommand : ICommand
{
    /// <summary>Trials per tornado run when --trials is not given.</summary>
    public const int DefaultTrials = 20_000;

    /// <inheritdoc />
    public string Name => "sensitivity";

    /// <inheritdoc />
    public string Usage => "sensitivity SCENARIO [--trials N] [--sobol N] [--bootstrap B] [--seed S] [--threads K] [--format text|json] [--quiet]";

    /// <inheritdoc />
    public string Summary => "Sensitivity of a scenario's outcome to its inputs: tornado, rank correlations, contribution to variance, Sobol indices.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        AnalysisOptions.Trials(DefaultTrials, TrialRange.Sensitivity, "trials of each tornado run and of the rank-correlation run"),
        new("--sobol", "N", string.Create(CultureInfo.InvariantCulture, $"rows of each Saltelli matrix, N (D + 2) model runs for D inputs: 0 (no Sobol indices) or {SensitivityOptions.MinSobolSamples} to {SensitivityOptions.MaxSobolSamples:#,0} (default: 8,192)")),
        new("--bootstrap", "B", string.Create(CultureInfo.InvariantCulture, $"bootstrap replicates for the Sobol intervals, 0 to {SensitivityOptions.MaxBootstrap:#,0} (default: 500)")),
        AnalysisOptions.Seed,
        AnalysisOptions.Threads,
        OptionSpec.Format,
        AnalysisOptions.Quiet,
    ];

    /// <inheritdoc />
    public int MaxPositionals => 1;

    /// <inheritdoc />
    public int Execute(ParsedArguments args, CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var simulation = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Sensitivity);
        var sobol = args.Int("--sobol", 8192, 0, SensitivityOptions.MaxSobolSamples);
        if (sobol is > 0 and < SensitivityOptions.MinSobolSamples)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--sobol must be 0 (none) or {SensitivityOptions.MinSobolSamples} to {SensitivityOptions.MaxSobolSamples:#,0}; was {sobol}."));
        }

        var options = new SensitivityOptions(simulation.Trials, sobol, args.Int("--bootstrap", 500, 0, SensitivityOptions.MaxBootstrap), simulation.Seed, simulation.Threads);
        var json = args.Json;
        var (scenario, _) = AnalysisOptions.Scenario(args, context.Error);
        SensitivityResult result;
        using (AnalysisOptions.Progress(args, context, SensitivityAnalysis.Estimate(scenario, options)))
        {
            result = SensitivityAnalysis.Run(scenario, options);
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (json)
        {
            Json.Write(context.Out, ToJson(scenario.Name, options, result, elapsed));
        }
        else
        {
            WriteText(context.Out, scenario.Name, options, result, elapsed);
        }

        return ExitCodes.Ok;
    }

    private static object Sobol(SobolIndex s) => new
    {
        input = s.Input,
        firstOrder = s.FirstOrder.Value,
        firstOrderStdError = s.FirstOrder.StandardError,
        firstOrderLower95 = s.FirstOrderInterval.Lower,
        firstOrderUpper95 = s.FirstOrderInterval.Upper,
        totalOrder = s.TotalOrder.Value,
        totalOrderStdError = s.TotalOrder.StandardError,
        totalOrderLower95 = s.TotalOrderInterval.Lower,
        totalOrderUpper95 = s.TotalOrderInterval.Upper,
    };

    private static object ToJson(string name, SensitivityOptions options, SensitivityResult r, double elapsed) => new
    {
        scenario = name,
        trials = options.Trials,
        seed = options.Seed,
        sobolSamples = options.SobolSamples,
        bootstrap = options.Bootstrap,
        elapsedSeconds = Math.Round(elapsed, 3),
        target = r.Target,
        @base = new { mean = r.BaseMean.Value, probabilityOfTarget = r.BaseHit.Value },
        tornado = r.Tornado.Select(t => new
        {
            input = t.Input,
            low = t.Low,
            high = t.High,
            meanAtLow = t.MeanAtLow.Value,
            meanAtHigh = t.MeanAtHigh.Value,
            probabilityAtLow = t.HitAtLow.Value,
            probabilityAtHigh = t.HitAtHigh.Value,
            meanSwing = t.MeanSwing,
            probabilitySwing = t.HitSwing,
        }).ToArray(),
        rankCorrelations = r.RankCorrelations.Select(c => new { input = c.Input, spearman = c.Spearman, contributionToVariance = c.ContributionToVariance }).ToArray(),
        sobol = new { total = r.SobolTotal.Select(Sobol).ToArray(), hit = r.SobolHit.Select(Sobol).ToArray() },
        notes = r.Notes,
    };

    private static void WriteText(TextWriter output, string name, SensitivityOptions options, SensitivityResult r, double elapsed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: sensitivity of the total and of P(total >= {Formats.Amount(r.Target, 0)} 萬元), seed {options.Seed}, {elapsed:0.00} s"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tornado (every input at its median: mean {Formats.Amount(r.BaseMean.Value, 1)}, P(hit) {Formats.Percent(r.BaseHit.Value)}), widest P(hit) swing first:"));
        var tornado = new TextTable("input", ">P10", ">P90", ">mean at P10", ">mean at P90", ">P(hit) at P10", ">P(hit) at P90", ">swing");
        foreach (var t in r.Tornado)
        {
            tornado.Row(t.Input, AnalysisOptions.Number(t.Low), AnalysisOptions.Number(t.High), Formats.Amount(t.MeanAtLow.Value, 1), Formats.Amount(t.MeanAtHigh.Value, 1), Formats.Percent(t.HitAtLow.Value), Formats.Percent(t.HitAtHigh.Value), Formats.Points(t.HitSwing, 1) + " pts");
        }

        tornado.Write(output);
        output.WriteLine();
        var ranks = new TextTable("input", ">Spearman rho", ">contribution to variance");
        foreach (var c in r.RankCorrelations)
        {
            ranks.Row(c.Input, c.Spearman.ToString("0.000", CultureInfo.InvariantCulture), Formats.Percent(c.ContributionToVariance));
        }

        ranks.Write(output);
        if (r.SobolTotal.Count > 0)
        {
            output.WriteLine();
            static string Index(Statistics.Estimate e, (double Lower, double Upper) ci)
                => string.Create(CultureInfo.InvariantCulture, $"{e.Value:0.000} [{ci.Lower:0.000}, {ci.Upper:0.000}]");
            var sobol = new TextTable("Sobol (95% bootstrap)", ">S total", ">ST total", ">S hit", ">ST hit");
            // The hit's indices are empty when every design run hits (or misses) the target: undefined, see the notes.
            foreach (var t in r.SobolTotal.OrderByDescending(t => t.TotalOrder.Value))
            {
                var h = r.SobolHit.FirstOrDefault(x => x.Input == t.Input);
                sobol.Row(t.Input, Index(t.FirstOrder, t.FirstOrderInterval), Index(t.TotalOrder, t.TotalOrderInterval), h is null ? "undefined" : Index(h.FirstOrder, h.FirstOrderInterval), h is null ? "undefined" : Index(h.TotalOrder, h.TotalOrderInterval));
            }

            sobol.Write(output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sum of first-order indices: total {r.SobolTotal.Sum(s => s.FirstOrder.Value):0.000}, hit {r.SobolHit.Sum(s => s.FirstOrder.Value):0.000}; the rest is interactions and internal noise."));
        }

        output.WriteLine();
        foreach (var note in r.Notes)
        {
            output.WriteLine("- " + note);
        }
    }
}
