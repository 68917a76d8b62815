using Analytics.Charts;
using Analytics.Cli.Parsing;
using Analytics.Loading;
using Analytics.Report;
using Analytics.Report.Workbook;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics export PLAN</c>: the plan's results as one Excel workbook (<see cref="ResultsWorkbook"/>), built from
/// the owner's report's content with the report's own options, so the workbook and the page agree.
/// </summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => "export PLAN [--out FILE.xlsx] [--lang zh|en] [--scenario FILE | --no-simulation] [--actuals FILE] [--pipeline FILE] [--trials N] [--seed S]";

    public string Summary => "Write a plan's results as an Excel workbook: the decomposition by line, industry and region, each person's targets by month (exact sums), the audit's findings and, with a scenario, the simulation summary, each line's risk, the split table and the tornado. Numbers are numeric cells (萬元 with 2 decimals, percentages), no formulas.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE.xlsx", "the workbook to write (default: PLAN's folder name + \"-results.xlsx\" in the current folder, e.g. plc-2026-results.xlsx); an existing file is replaced only if analytics wrote it (never a file it did not write, never an input)"),
        new("--lang", "zh|en", "language of the sheet names, headers and plan names (default zh)"),
        new("--scenario", "FILE", $"the scenario to simulate (default: PLAN/{PlanScenario.FileName} when it exists); its target and stream targets must be the plan's (exit 2 otherwise)"),
        new("--no-simulation", null, "leave the simulation out: the workbook holds the plan's sheets only"),
        ReportCommand.ActualsOption,
        ReportCommand.PipelineOption,
        AnalysisOptions.Trials(ReportOptions.DefaultTrials, TrialRange.Simulation, "simulated years (the report's default, so the workbook and the page agree)"),
        AnalysisOptions.Seed,
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var planDirectory = args.RequiredPositional(0, "PLAN, the plan folder or workbook (e.g. analytics export data/plc-2026)");
        var source = PlanSource.Of(planDirectory);

        var language = args.Choice("--lang", "zh", "zh", "en") == "en" ? ChartLanguage.English : ChartLanguage.Chinese;
        var output = args.Text("--out") ?? DefaultOutput(planDirectory);
        if (!output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out: \"{output}\" is not an .xlsx file name; Excel opens a workbook by its extension.");
        }

        var scenarioPath = ReportCommand.ScenarioPath(args, source.Folder);
        if (scenarioPath is null && !args.Has("--no-simulation"))
        {
            context.Error.WriteLine($"Note: no scenario simulated ({PlanScenario.PathIn(source.Folder)} does not exist); the workbook holds the plan's sheets only. Give --scenario FILE for the simulation's sheets, or --no-simulation to say so.");
        }

        var options = new ReportOptions { Simulation = AnalysisOptions.Simulation(args, ReportOptions.DefaultTrials, TrialRange.Simulation) };
        var plan = PlanLoader.Load(planDirectory);
        var (actualsPath, pipelinePath) = ReportCommand.TrackingPaths(args, planDirectory, scenarioPath is not null);
        var inputs = ReportFile.Inputs(planDirectory, scenarioPath, actualsPath, pipelinePath);
        // Before the simulation, which can take minutes: a workbook that cannot be written fails now.
        ResultsWorkbook.CheckWritable(output, inputs);
        var report = OwnerReport.Build(plan, planDirectory, scenarioPath, options, step => context.Error.WriteLine(step), actualsPath, pipelinePath);
        var sheets = ResultsWorkbook.Write(output, report.Content, language, inputs);
        context.Out.WriteLine($"Wrote {output}: {sheets.Count} sheets ({string.Join(", ", sheets.Select(s => $"{s.Name} {s.Rows.Count}"))} rows).");
        return ExitCodes.Ok;
    }

    /// <summary>The workbook written without --out: the plan's name (its folder's, or its workbook's without .xlsx) + "-results.xlsx", in the current folder.</summary>
    public static string DefaultOutput(string plan) => PlanSource.Of(plan).Name + "-results.xlsx";
}
