using System.Globalization;
using System.Text;
using Analytics.Charts.ImageExport;
using Analytics.Charts;
using Analytics.Cli.Parsing;
using Analytics.Export;
using Analytics.Loading;
using Analytics.Report;
using Analytics.Report.Workbook;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tracking;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics report [PLAN_DIR]</c>: the owner's report, one self-contained HTML page that
/// opens offline, and its headline on standard output. Unless told not to, it simulates a scenario
/// of the plan (by default the shipped one); <see cref="OwnerReport.Build"/> decides what else runs.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    /// <summary>The page written when --out is not given.</summary>
    public const string DefaultOutput = "report.html";


    public string Name => "report";

    public string Usage => "report [PLAN_DIR] [--scenario FILE | --no-simulation] [--trials N] [--seed S] [--out FILE.html] [--lang zh|en] [--unit wan|million] [--png DIR] [--xlsx FILE.xlsx] [--actuals FILE] [--pipeline FILE] [--quiet]";

    public string Summary => $"Write the owner's report for a plan folder (default {CliApp.DefaultPlanDirectory}): one HTML page that needs no internet and no notebook tooling (headline, growth, decomposition, phasing, risk under simulation with its drivers, the year month by month and the quarterly rule, split ratios, people, audit findings, sources), and print its headline.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE.html", $"the page to write (default {DefaultOutput}); an existing file is replaced only if this command wrote it, and never an input"),
        new("--lang", "zh|en", "language of the page (default zh)"),
        new("--unit", "wan|million", "amounts in 萬元 or millions of CNY (default: wan for zh, million for en)"),
        new("--xlsx", "FILE.xlsx", "also write the results workbook of analytics export, from this report's content (same trials and seed); an existing file is replaced only if analytics wrote it"),
        new("--png", "DIR", "also write each chart as DIR/NAME.png through a local Chromium (Debian's chromium package; exit 2 without one); an existing PNG is replaced only if a previous --png wrote it"),
        new("--scenario", "FILE", $"the scenario to simulate for P(hit) and the risk section (default: the plan's own PLAN_DIR/{PlanScenario.FileName} when it exists); its target and stream targets must be the plan's (exit 2 otherwise)"),
        new("--no-simulation", null, "leave the simulation out: the report rests on the plan alone"),
        ActualsOption,
        PipelineOption,
        AnalysisOptions.Trials(ReportOptions.DefaultTrials, TrialRange.Simulation, "simulated years"),
        AnalysisOptions.Seed,
        AnalysisOptions.Quiet,
    ];

    public int MaxPositionals => 1;

    /// <summary>--actuals, as report and export take it.</summary>
    internal static OptionSpec ActualsOption { get; } = new("--actuals", "FILE", $"the year's sales by month for the in-year section (default PLAN_DIR/{TrackingFiles.Actuals} when it exists; as analytics track reads it; needs a scenario)");

    /// <summary>--pipeline, as report and export take it.</summary>
    internal static OptionSpec PipelineOption { get; } = new("--pipeline", "FILE", $"the year's pipeline facts beside the actuals (default PLAN_DIR/{TrackingFiles.Pipeline} when it exists and actuals are read)");

    public int Execute(ParsedArguments args, CliContext context)
    {
        var planDirectory = args.Positional(0, CliApp.DefaultPlanDirectory);
        var english = args.Choice("--lang", "zh", "zh", "en") == "en";
        var million = args.Choice("--unit", english ? "million" : "wan", "wan", "million") == "million";
        var output = args.Text("--out") ?? DefaultOutput;
        var scenarioPath = ScenarioPath(args, PlanSource.Of(planDirectory).Folder);
        if (scenarioPath is null && !args.Has("--no-simulation"))
        {
            context.Error.WriteLine($"Note: no scenario simulated ({PlanScenario.PathIn(PlanSource.Of(planDirectory).Folder)} does not exist); the report rests on the plan alone. Draft the plan's scenario from its own data with 'analytics scenario draft {planDirectory}' (then review its labelled assumptions), or give --scenario FILE for P(hit), or --no-simulation to say so.");
        }

        var options = new ReportOptions
        {
            Chart = new ChartOptions(english ? ChartLanguage.English : ChartLanguage.Chinese, million ? AmountUnit.MillionYuan : AmountUnit.WanYuan),
            Simulation = AnalysisOptions.Simulation(args, ReportOptions.DefaultTrials, TrialRange.Simulation),
        };

        // Check the browser before the work, so a missing one costs nothing.
        var pngFolder = args.Text("--png");
        var browser = pngFolder is null ? null : ChromiumBrowser.Find() ?? throw new UsageException("--png: " + ChromiumBrowser.NotFoundMessage);
        if (pngFolder is not null && !Directory.Exists(pngFolder))
        {
            throw new UsageException($"--png: the folder \"{pngFolder}\" does not exist; create it first.");
        }

        var plan = PlanLoader.Load(planDirectory);
        var (actualsPath, pipelinePath) = TrackingPaths(args, planDirectory, scenarioPath is not null);
        var inputs = ReportFile.Inputs(planDirectory, scenarioPath, actualsPath, pipelinePath);
        // Before the simulation, which can take minutes: a page or a PNG folder that cannot be written fails now.
        ReportFile.CheckWritable(output, inputs);
        var workbook = args.Text("--xlsx");
        if (workbook is not null)
        {
            if (string.Equals(Path.GetFullPath(workbook), Path.GetFullPath(output), StringComparison.Ordinal))
            {
                throw new UsageException($"--xlsx and --out name the same file \"{workbook}\"; give the workbook its own .xlsx name.");
            }

            ResultsWorkbook.CheckWritable(workbook, [.. inputs, output]);
        }

        if (pngFolder is not null)
        {
            SafeFile.CheckFolder(pngFolder);
        }

        OwnerReport report;
        var estimate = scenarioPath is null ? null : OwnerReport.Estimate(ScenarioLoader.Load(scenarioPath), options);
        using (estimate is null ? null : AnalysisOptions.Progress(args, context, estimate))
        {
            report = OwnerReport.Build(plan, planDirectory, scenarioPath, options, step => context.Error.WriteLine(step), actualsPath, pipelinePath);
        }

        var page = report.Write(output);
        foreach (var warning in report.Content.ScenarioWarnings ?? [])
        {
            context.Error.WriteLine($"Warning: {warning}");
        }

        context.Out.WriteLine(report.Headline());
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {output} ({Encoding.UTF8.GetByteCount(page.Html) / 1e6:0.0} MB, {page.Charts.Count} charts; sections: {string.Join(", ", page.Sections)})."));
        if (workbook is not null)
        {
            var sheets = ResultsWorkbook.Write(workbook, report.Content, options.Chart.Language, [.. inputs, output]);
            context.Error.WriteLine($"Wrote {workbook} ({sheets.Count} sheets: {string.Join(", ", sheets.Select(s => s.Name))}).");
        }

        if (browser is not null)
        {
            var files = PngExporter.Write(page.Charts, pngFolder!, browser, options.Chart, inputs: inputs);
            context.Error.WriteLine($"Wrote {files.Count} PNG files to {pngFolder} ({string.Join(", ", files.Select(Path.GetFileName))}).");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The year's actuals and pipeline facts for the in-year section (report and export): --actuals, else (when a
    /// scenario is simulated: the section needs one) the plan folder's actuals.csv when it exists; --pipeline, else the
    /// folder's pipeline.csv when actuals are read.
    /// </summary>
    internal static (string? Actuals, string? Pipeline) TrackingPaths(ParsedArguments args, string planDirectory, bool simulated)
    {
        var actuals = args.Text("--actuals");
        var pipeline = args.Text("--pipeline");
        foreach (var (option, file) in new[] { ("--actuals", actuals), ("--pipeline", pipeline) })
        {
            if (file is not null && !File.Exists(file))
            {
                throw new UsageException($"{option}: the file \"{file}\" does not exist.");
            }
        }

        actuals ??= simulated ? TrackingFiles.FindActuals(planDirectory) : null;
        if (actuals is null && pipeline is not null)
        {
            throw new UsageException($"--pipeline needs the year's actuals: give --actuals FILE, or put {TrackingFiles.Actuals} in the plan folder.");
        }

        return (actuals, actuals is null ? null : pipeline ?? TrackingFiles.FindPipeline(planDirectory));
    }

    /// <summary>The scenario to simulate (report and export): --scenario, else the plan's own scenario when it has one, else none.</summary>
    internal static string? ScenarioPath(ParsedArguments args, string planFolder)
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

        return PlanScenario.Find(planFolder);
    }
}
