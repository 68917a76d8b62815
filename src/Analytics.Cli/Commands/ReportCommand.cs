using System.Diagnostics;
using System.Globalization;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Charts;
using Analytics.Charts.Export;
using Analytics.Charts.Report;
using Analytics.Cli.Parsing;
using Analytics.Export;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics report [PLAN_DIR]</c>: the owner's report, one self-contained HTML page that
/// opens offline, and its headline on standard output. Unless told not to, it simulates a scenario
/// of the plan (by default the shipped one) and adds the probability of reaching the target, the
/// distribution of the year's revenue and each business line's risk.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    /// <summary>The page written when --out is not given.</summary>
    public const string DefaultOutput = "report.html";

    /// <summary>The scenario simulated when --scenario is not given (relative to the working folder, like the default plan), if it exists.</summary>
    public const string DefaultScenario = "data/scenarios/plc-2026.json";

    /// <summary>Trials when --trials is not given: P(hit) to about ±0.15 points (one standard error at p = 0.4).</summary>
    public const int DefaultTrials = 100_000;

    /// <summary>
    /// Trials of the split analysis and of its response-assumption versions, at most (fewer when --trials is
    /// smaller): the splits command's default. Every split and version is a re-weighting of one simulation,
    /// the report's own when --trials is at most this.
    /// </summary>
    public const int SplitTrials = 100_000;

    /// <summary>Trials of the quarterly-rule analysis, at most: its fan and firing probabilities to about ±0.35 points, in about a second.</summary>
    public const int TriggerTrials = 20_000;

    /// <summary>
    /// Trials of each tornado run, at most: a quarter of the sensitivity command's 20,000, because the tornado is
    /// 2 runs per uncertain input (23 for plc-2026) and the bars compare inputs on common random numbers.
    /// </summary>
    public const int TornadoTrials = 5_000;

    /// <summary>Trials of each tornado run, at least: SensitivityOptions' lower bound (a smaller --trials is raised to it).</summary>
    public const int TornadoMinTrials = 100;

    public string Name => "report";

    public string Usage => "report [PLAN_DIR] [--scenario FILE | --no-simulation] [--trials N] [--seed S] [--out FILE.html] [--lang zh|en] [--unit wan|million] [--png DIR]";

    public string Summary => $"Write the owner's report for a plan folder (default {CliApp.DefaultPlanDirectory}): one HTML page that needs no internet and no notebook tooling (headline, growth, decomposition, phasing, risk under simulation with its drivers, the year month by month and the quarterly rule, split ratios, people, audit findings, sources), and print its headline.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE.html", $"the page to write (default {DefaultOutput}); an existing file is replaced only if this command wrote it, and never an input"),
        new("--lang", "zh|en", "language of the page (default zh)"),
        new("--unit", "wan|million", "amounts in 萬元 or millions of CNY (default: wan for zh, million for en)"),
        new("--png", "DIR", "also write each chart as DIR/NAME.png through a local Chromium (Debian's chromium package; exit 2 without one)"),
        new("--scenario", "FILE", $"the scenario to simulate for P(hit) and the risk section (default {DefaultScenario} when it exists); its target and stream targets must be the plan's (exit 2 otherwise)"),
        new("--no-simulation", null, "leave the simulation out: the report rests on the plan alone"),
        new("--trials", "N", $"simulated years, 1 to {SimulationOptions.MaxTrials.ToString(CultureInfo.InvariantCulture)} (default {DefaultTrials.ToString(CultureInfo.InvariantCulture)})"),
        new("--seed", "S", "the simulation's seed, a whole number >= 0 (default 1); the same seed gives the same figures"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var planDirectory = args.Positional(0, CliApp.DefaultPlanDirectory);
        var english = args.Choice("--lang", "zh", "zh", "en") == "en";
        var million = args.Choice("--unit", english ? "million" : "wan", "wan", "million") == "million";
        var options = new ChartOptions(english ? ChartLanguage.English : ChartLanguage.Chinese, million ? AmountUnit.MillionYuan : AmountUnit.WanYuan);
        var output = args.Text("--out") ?? DefaultOutput;
        var scenarioPath = ScenarioPath(args, context.WorkingDirectory);
        if (scenarioPath is null && !args.Has("--no-simulation"))
        {
            context.Error.WriteLine($"Note: no scenario simulated ({DefaultScenario} is not in {context.WorkingDirectory}); the report rests on the plan alone. Give --scenario FILE for P(hit), or --no-simulation to say so.");
        }

        var simulation = new SimulationOptions(args.Int("--trials", DefaultTrials, 1, SimulationOptions.MaxTrials), (ulong)args.Long("--seed", 1, 0, long.MaxValue));

        // Check the browser before the work, so a missing one costs nothing.
        var pngFolder = args.Text("--png");
        ChromiumBrowser? browser = null;
        if (pngFolder is not null)
        {
            browser = ChromiumBrowser.Find() ?? throw new UsageException("--png: " + ChromiumBrowser.NotFoundMessage);
            if (!Directory.Exists(pngFolder))
            {
                throw new UsageException($"--png: the folder \"{pngFolder}\" does not exist; create it first.");
            }
        }

        var plan = PlanLoader.Load(planDirectory);
        var inputs = PlanFiles.All.Select(f => Path.Combine(planDirectory, f)).Append(scenarioPath).OfType<string>().ToArray();
        // Before the simulation, which can take minutes: a page that cannot be written fails now.
        SafeFile.CheckWritable(output, inputs, overwrite: true);
        RefuseForeignFile(output);
        var content = ReportContent.FromPlan(plan, planDirectory);
        if (scenarioPath is not null)
        {
            content = Simulate(content, scenarioPath, simulation, context);
        }

        var report = OwnerReport.Render(content, options);
        SafeFile.WriteText(output, report.Html, inputs, overwrite: true);

        context.Out.WriteLine(ReportHeadline.Text(content, options));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {output} ({new FileInfo(output).Length / 1e6:0.0} MB, {report.Charts.Count} charts; sections: {string.Join(", ", report.Sections)})."));
        if (browser is not null)
        {
            var files = PngExporter.Write(report.Charts, pngFolder!, browser, options, inputs: inputs);
            context.Error.WriteLine($"Wrote {files.Count} PNG files to {pngFolder} ({string.Join(", ", files.Select(Path.GetFileName))}).");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The scenario to simulate: --scenario, else the default when it exists, else none.</summary>
    private static string? ScenarioPath(ParsedArguments args, string workingDirectory)
    {
        var scenario = args.Text("--scenario");
        if (args.Has("--no-simulation"))
        {
            var conflicting = new[] { "--scenario", "--trials", "--seed" }.FirstOrDefault(args.Has);
            return conflicting is null ? null : throw new UsageException($"--no-simulation and {conflicting} contradict each other; give one of them.");
        }

        if (scenario is not null)
        {
            return File.Exists(scenario) ? scenario : throw new UsageException($"--scenario: the file \"{scenario}\" does not exist.");
        }

        var fallback = Path.Combine(workingDirectory, DefaultScenario);
        return File.Exists(fallback) ? fallback : null;
    }

    /// <summary>Loads the scenario, checks it against the plan (exit 2 on a mismatch, before any trial), runs it and adds its results.</summary>
    private static ReportContent Simulate(ReportContent content, string path, SimulationOptions options, CliContext context)
    {
        var scenario = ScenarioLoader.Load(path);
        var match = ScenarioPlanMatch.Check(scenario, content.Decomposition, path);
        var notes = ScenarioNotes.Load(scenario, path);
        var stopwatch = Stopwatch.StartNew();

        // With a response section the run also keeps the effort elasticities (its streams and total are the
        // scenario model's, draw for draw), so the split analysis re-weights these trials instead of simulating again.
        var shared = scenario.Analysis.Response.Count > 0 && options.Trials <= SplitTrials;
        var result = SimulationEngine.Run(shared ? SplitSamples.Model(scenario) : new ScenarioModel(scenario), options);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Simulated {path} (scenario {scenario.Name}, sha256 {scenario.Hash}): {options.Trials:#,0} trials, seed {options.Seed}, {stopwatch.Elapsed.TotalSeconds:0.00} s."));
        content = content.WithSimulation(match, result, notes);
        return Analyse(content, scenario, notes, options, shared ? result : null, context);
    }

    /// <summary>
    /// Runs the analyses the scenario has sections for and adds their results: the split analysis and how its
    /// best split moves with the response assumption (a <c>response</c> section), the quarterly rule and the
    /// fan (a <c>phasing</c> section), and the tornado (any uncertain input). An analysis without its section
    /// is not run, and the page leaves its section out.
    /// </summary>
    private static ReportContent Analyse(ReportContent content, Scenario scenario, ScenarioNotes notes, SimulationOptions options, Simulation.Results.SimulationResult? splitRun, CliContext context)
    {
        SimulationOptions At(int most) => new(Math.Min(options.Trials, most), options.Seed, options.Threads);
        void Report(string what, SimulationOptions used, Stopwatch watch)
            => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {used.Trials:#,0} trials, seed {used.Seed}, {watch.Elapsed.TotalSeconds:0.00} s."));

        if (scenario.Analysis.Response.Count > 0)
        {
            var watch = Stopwatch.StartNew();
            var used = At(SplitTrials);
            var samples = splitRun is null ? SplitSamples.Simulate(scenario, used) : SplitSamples.From(scenario, splitRun);
            var splits = SplitAnalysis.Run(samples, threads: used.Threads);
            var robustness = ResponseRobustness.Run(scenario, samples, threads: used.Threads);
            content = content.WithSplits(splits, robustness, notes.AssumptionFor("response"));
            Report($"Split analysis ({splits.Grid.Count} splits; {robustness.Versions} versions of the response assumption)", used, watch);
        }

        if (scenario.Analysis.Phasing is not null)
        {
            var watch = Stopwatch.StartNew();
            var used = At(TriggerTrials);
            content = content.WithTrigger(TriggerAnalysis.Run(scenario, used));
            Report("Quarterly rule and monthly fan", used, watch);
        }

        if (scenario.Inputs.Any(i => !i.Distribution.IsConstant))
        {
            var watch = Stopwatch.StartNew();
            // The tornado needs at least TornadoMinTrials per run; what is reported is what ran.
            var capped = At(TornadoTrials);
            var used = new SimulationOptions(Math.Max(TornadoMinTrials, capped.Trials), capped.Seed, capped.Threads);
            var sensitivity = SensitivityAnalysis.Run(scenario, new SensitivityOptions(used.Trials, sobolSamples: 0, seed: used.Seed, threads: used.Threads));
            content = content.WithSensitivity(sensitivity);
            Report($"Tornado ({sensitivity.Tornado.Count} inputs, each at its P10 and P90)", used, watch);
        }

        return content;
    }

    /// <summary>An existing file may be replaced only if it is an owner's report this command wrote (it carries the report's generator tag; other chart pages do not).</summary>
    private static void RefuseForeignFile(string output)
    {
        if (!File.Exists(output))
        {
            return;
        }

        using var reader = new StreamReader(output);
        var head = new char[4096];
        var read = reader.ReadBlock(head, 0, head.Length);
        if (!new string(head, 0, read).Contains($"<meta name=\"generator\" content=\"{OwnerReport.Generator}\">", StringComparison.Ordinal))
        {
            throw new IOException($"{output}: the file exists and was not written by analytics report; refusing to overwrite it (remove it or choose another --out).");
        }
    }
}
