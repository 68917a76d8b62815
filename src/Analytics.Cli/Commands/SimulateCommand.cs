using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analytics.Analyses.Trigger;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Export;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics simulate SCENARIO</c>: Monte Carlo simulation of a scenario file. Prints the
/// probability of reaching the target with its standard error, the total's mean, spread and
/// percentiles, and each stream's mean and probability of reaching its sub-target.
/// </summary>
internal sealed class SimulateCommand : ICommand
{
    /// <summary>Trials when --trials is not given.</summary>
    public const int DefaultTrials = 100_000;

    /// <inheritdoc />
    public string Name => "simulate";

    /// <inheritdoc />
    public string Usage => "simulate SCENARIO [--trials N] [--seed S] [--threads K] [--sampler mc|lhs] [--format text|json] [--samples FILE.csv] [--monthly FILE.csv] [--quiet]";

    /// <inheritdoc />
    public string Summary => "Monte Carlo simulation of a scenario file (e.g. data/scenarios/seed-2026.json): how likely the target and each sub-target are.";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        AnalysisOptions.Trials(DefaultTrials, TrialRange.Simulation, "number of trials"),
        AnalysisOptions.Seed,
        AnalysisOptions.Threads,
        new("--sampler", "mc|lhs", "plain Monte Carlo or Latin hypercube for the per-trial inputs (default: mc)"),
        OptionSpec.Format,
        new("--samples", "FILE.csv", "also write every trial's outputs to FILE.csv, and the run manifest to FILE.manifest.json (never over an existing file unless --force)"),
        new("--monthly", "FILE.csv", "also write each trial's revenue per stream and month to FILE.csv (columns trial,month,stream,amount; needs the scenario's phasing section; never over an existing file unless --force)"),
        new("--force", null, "let --samples and --monthly replace files a previous run wrote (never the scenario, never a file it did not write)"),
        AnalysisOptions.Quiet,
    ];

    /// <inheritdoc />
    public int MaxPositionals => 1;

    /// <inheritdoc />
    public int Execute(ParsedArguments args, CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var path = args.RequiredPositional(0, "the scenario file, e.g. data/scenarios/seed-2026.json");
        var options = AnalysisOptions.Simulation(args, DefaultTrials, TrialRange.Simulation, args.Choice("--sampler", "mc", "mc", "lhs") == "lhs" ? SamplerKind.LatinHypercube : SamplerKind.MonteCarlo);
        var json = args.Json;
        var samples = args.Text("--samples");
        var monthly = args.Text("--monthly");
        var force = args.Has("--force");
        if (samples is not null)
        {
            // Checked before simulating, so a refused path costs nothing.
            SafeFile.CheckWritable(samples, [path], force);
            SafeFile.CheckWritable(ManifestPath(samples), [path, samples], force);
        }

        if (monthly is not null)
        {
            SafeFile.CheckWritable(monthly, [path, .. samples is null ? [] : new[] { samples, ManifestPath(samples) }], force);
            if (monthly == samples)
            {
                throw new UsageException("--monthly and --samples name the same file; give two files.");
            }
        }

        var warmUp = SimulationWarmUp.Start();
        var scenario = ScenarioLoader.Load(path);
        SimulationWarmUp.Finish(warmUp);
        if (monthly is not null)
        {
            AnalysisOptions.Require(scenario.Analysis.Phasing is not null, path, "phasing", "--monthly needs (the plan's timing of the year)");
        }

        var estimate = ScenarioModel.Estimate(scenario, options.Trials);
        estimate.Check(scenario);
        SimulationResult result;
        using (AnalysisOptions.Progress(args, context, estimate))
        {
            // With --monthly the run is the monthly path model's: its streams and total are the scenario model's, draw for draw.
            result = SimulationEngine.Run(monthly is null ? new ScenarioModel(scenario) : new MonthlyPathModel(scenario), options);
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds;
        if (samples is not null)
        {
            SamplesCsv.WriteFile(result, samples, [path], force);
            SafeFile.Write(ManifestPath(samples), s => WriteManifest(result.Manifest, s), [path, samples], force);
        }

        if (monthly is not null)
        {
            SafeFile.Write(monthly, s => MonthlyPathsCsv.Write(result, [.. scenario.Streams.Select(st => st.Name)], s), [path, .. samples is null ? [] : new[] { samples, ManifestPath(samples) }], force);
        }

        if (json)
        {
            WriteJson(context.Out, scenario, result, elapsed);
        }
        else
        {
            WriteText(context.Out, scenario, result, elapsed, samples, monthly);
        }

        return ExitCodes.Ok;
    }

    private static string ManifestPath(string samples) => Path.ChangeExtension(samples, ".manifest.json");

    private static void WriteManifest(RunManifest manifest, Stream stream)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        Json.Write(writer, manifest);
    }

    // Written with Utf8JsonWriter rather than the reflection serializer: it spares ~30 ms of
    // start-up (emitting property getters), a few percent of a one-second run. Same layout as
    // Output.Json: indented, camelCase keys, Chinese text unescaped.
    private static void WriteJson(TextWriter output, Scenario scenario, SimulationResult result, double elapsed)
    {
        var total = result.Output(Scenario.TotalOutput);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("trials", result.Manifest.Trials);
            json.WriteNumber("seed", result.Manifest.Seed);
            json.WriteNumber("elapsedSeconds", Math.Round(elapsed, 3));
            json.WriteNumber("target", scenario.Target);
            json.WriteNumber("mean", total.Mean);
            json.WriteNumber("std", total.StandardDeviation);
            json.WriteNumber("p10", total.Percentiles.P10);
            json.WriteNumber("p50", total.Percentiles.P50);
            json.WriteNumber("p90", total.Percentiles.P90);
            json.WriteNumber("probabilityOfTarget", total.ProbabilityOfTarget!.Value);
            json.WriteNumber("probabilityStdError", total.ProbabilityOfTarget.StandardError);
            json.WriteStartObject("streams");
            foreach (var stream in scenario.Streams)
            {
                var o = result.Output(stream.Name);
                json.WriteStartObject(stream.Name);
                json.WriteNumber("mean", o.Mean);
                json.WriteNumber("probabilityOfTarget", o.ProbabilityOfTarget!.Value);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("correlations");
            foreach (var c in result.Correlations)
            {
                json.WriteStartObject();
                json.WriteStartArray("between");
                json.WriteStringValue(c.First);
                json.WriteStringValue(c.Second);
                json.WriteEndArray();
                json.WriteNumber("requested", c.Requested);
                json.WriteNumber("used", c.Used);
                json.WriteNumber("achieved", c.Achieved);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteText(TextWriter output, Scenario scenario, SimulationResult result, double elapsed, string? samples, string? monthly)
    {
        var m = result.Manifest;
        var total = result.Output(Scenario.TotalOutput);
        var p = total.ProbabilityOfTarget!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {Formats.Count(m.Trials)} trials, seed {m.Seed}, {(m.Sampler == SamplerKind.MonteCarlo ? "Monte Carlo" : "Latin hypercube")}, {elapsed:0.00} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"P(total >= {Formats.Amount(scenario.Target)} 萬元) = {Formats.Percent(p.Value)} ± {Formats.Points(p.StandardError)} points (95%: {Formats.Percent(p.Lower95)} to {Formats.Percent(p.Upper95)})"));
        output.WriteLine();
        var table = new TextTable("output", ">target", ">mean", ">sd", ">P10", ">P50", ">P90", ">P(>= target)");
        foreach (var o in result.Outputs.Where(o => o.Target is not null))
        {
            if (o.Name == Scenario.TotalOutput)
            {
                table.Separator();
            }

            table.Row(o.Name, Formats.Amount(o.Target!.Value, 1), Formats.Amount(o.Mean, 1), Formats.Amount(o.StandardDeviation, 1), Formats.Amount(o.Percentiles.P10, 1), Formats.Amount(o.Percentiles.P50, 1), Formats.Amount(o.Percentiles.P90, 1), Formats.Percent(o.ProbabilityOfTarget!.Value));
        }

        table.Write(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Amounts in 萬元. Standard error of the total's mean: {total.MeanStandardError:0.00}."));
        if (result.Correlations.Count > 0)
        {
            output.WriteLine();
            var correlations = new TextTable("rank correlation", ">requested", ">used", ">achieved");
            foreach (var c in result.Correlations)
            {
                correlations.Row($"{c.First} ~ {c.Second}", Rho(c.Requested), Rho(c.Used), Rho(c.Achieved));
            }

            correlations.Write(output);
        }

        output.WriteLine();
        output.WriteLine($"Manifest: scenario sha256 {m.ScenarioHash}, block size {m.BlockSize.ToString(CultureInfo.InvariantCulture)}, version {m.Version}.");
        if (samples is not null)
        {
            output.WriteLine($"Samples: {samples} ({Formats.Count(m.Trials)} rows), manifest: {ManifestPath(samples)}.");
        }

        if (monthly is not null)
        {
            output.WriteLine($"Monthly revenue: {monthly} ({Formats.Count((long)m.Trials * 12 * scenario.Streams.Count)} rows: trial,month,stream,amount).");
        }
    }

    private static string Rho(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
