using System.Diagnostics;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Tracking;
using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Planning;
using Analytics.Scenarios;
using Analytics.Report.Sections;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tracking;

namespace Analytics.Report;

/// <summary>
/// The owner's report built in one call: <see cref="Build"/> runs what the page shows and decides
/// which analyses run and on how many trials; <see cref="Write"/> writes the page,
/// <see cref="Render"/> gives it with its charts, <see cref="Headline"/> its key figures as text.
/// The command line and the notebooks build the same page through this.
/// </summary>
/// <remarks>
/// What runs (<see cref="ReportOptions"/> has the trials):
/// <list type="bullet">
/// <item>Always: the decomposition, the audit and the growth justification (<see cref="ReportContent.FromPlan"/>).</item>
/// <item>With a scenario: the scenario checked against the plan (an <see cref="InputException"/> naming every
/// difference, before any trial), then the headline simulation (<see cref="ReportOptions.Simulation"/>: 100,000 trials,
/// seed 1 by default).</item>
/// <item>A <c>response</c> section: the split analysis over every split and the best split under each change of the
/// response assumption, at most <see cref="ReportOptions.SplitTrials"/> (100,000). When the headline run is no larger,
/// it records the effort elasticities (its total unchanged draw for draw) and the splits re-weight it instead of
/// simulating again.</item>
/// <item>A <c>phasing</c> section: the quarterly rule and the monthly fan, at most <see cref="ReportOptions.TriggerTrials"/> (20,000).</item>
/// <item>The year's actuals (<c>actualsPath</c>, and pipeline facts): the tracking analysis (<see cref="TrackingAnalysis"/>, the
/// <c>track</c> command's) on the headline's trials and seed, for the in-year section; it needs the scenario's <c>phasing</c> section.</item>
/// <item>Any uncertain input: the tornado, each run at most <see cref="ReportOptions.TornadoTrials"/> (5,000) and at
/// least <see cref="ReportOptions.TornadoMinTrials"/> (100).</item>
/// </list>
/// An analysis without its section does not run, and the page leaves its section out. Every analysis runs on the
/// headline's seed and threads.
/// </remarks>
public sealed class OwnerReport
{
    private readonly IReadOnlyList<string> _inputs;

    private OwnerReport(ReportContent content, ReportOptions options, IReadOnlyList<string> inputs)
    {
        Content = content;
        Options = options;
        _inputs = inputs;
    }

    /// <summary>What the page shows.</summary>
    public ReportContent Content { get; }

    /// <summary>The options it was built with (language and unit of the page included).</summary>
    public ReportOptions Options { get; }

    /// <summary>Builds the report of <paramref name="plan"/>, simulating <paramref name="scenarioPath"/> when given.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planDirectory">The folder the plan was read from (named in the footer; its files are never written over), or null.</param>
    /// <param name="scenarioPath">The scenario file to simulate (its target and stream targets must be the plan's), or null for the plan alone.</param>
    /// <param name="options">Language, unit and trials (default <see cref="ReportOptions.Default"/>).</param>
    /// <param name="progress">Called after the simulation and after each analysis, in order, on this thread; or null.</param>
    /// <param name="actualsPath">The year's actuals (<see cref="TrackingFiles.Actuals"/>'s columns) for the in-year section, or null for none; read only with a scenario.</param>
    /// <param name="pipelinePath">The year's pipeline facts beside the actuals (<see cref="TrackingFiles.Pipeline"/>), or null.</param>
    /// <exception cref="InputException">The scenario, actuals or pipeline file cannot be read, or the scenario does not model the plan (every difference named).</exception>
    public static OwnerReport Build(SalesPlan plan, string? planDirectory = null, string? scenarioPath = null, ReportOptions? options = null, Action<ReportProgress>? progress = null, string? actualsPath = null, string? pipelinePath = null)
    {
        Preconditions.NotNull(plan);
        var o = options ?? ReportOptions.Default;
        var content = ReportContent.FromPlan(plan, planDirectory);
        if (scenarioPath is not null)
        {
            content = Simulate(content, scenarioPath, o, progress ?? (_ => { }), actualsPath, pipelinePath);
        }
        else if (actualsPath is not null)
        {
            content = content.Omit(new SectionOmission(InYearSection.SectionId, new BilingualText(
                "年內追蹤需要計劃的情景（它的月度節奏）來推算其餘月份；這份報告沒有模擬情景，所以本節只說明原因。",
                "Tracking the year needs the plan's scenario (its timing of the year) to forecast the months to come; this report simulates no scenario, so the section only says why.")));
        }

        return new OwnerReport(content, o, ReportFile.Inputs(planDirectory, scenarioPath, actualsPath, pipelinePath));
    }

    /// <summary>The page and its charts, in <see cref="ReportOptions.Chart"/>'s language and unit.</summary>
    public RenderedReport Render() => ReportPage.Render(Content, Options.Chart);

    /// <summary>The key figures as text, one a line (what <c>analytics report</c> prints).</summary>
    public string Headline() => ReportHeadline.Text(Content, Options.Chart);

    /// <summary>
    /// Renders the page and writes it to <paramref name="path"/> (<see cref="ReportFile.Write"/>: never over the plan's
    /// or the scenario's files, an existing file only if it is a report).
    /// </summary>
    /// <returns>What was written, with its charts.</returns>
    /// <exception cref="IOException">The file may not be written, with the reason.</exception>
    public RenderedReport Write(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var page = Render();
        ReportFile.Write(path, page.Html, _inputs);
        return page;
    }

    /// <summary>
    /// The cost of simulating <paramref name="scenario"/> for the report and running the analyses it has
    /// sections for, each on the trials <see cref="Build"/> gives it (see the remarks on <see cref="OwnerReport"/>);
    /// the results of each are kept for the page, so their memory adds up.
    /// </summary>
    public static WorkEstimate Estimate(Scenario scenario, ReportOptions? options = null)
    {
        Preconditions.NotNull(scenario);
        var o = options ?? ReportOptions.Default;
        var estimate = ScenarioModel.Estimate(scenario, o.Simulation.Trials, "report");
        if (scenario.Analysis.Response.Count > 0)
        {
            var splits = SplitSamples.Estimate(scenario, o.Capped(o.SplitTrials));
            estimate = estimate.Then(o.Simulation.Trials <= o.SplitTrials ? splits with { TrialRuns = 0 } : splits);
        }

        if (scenario.Analysis.Phasing is not null)
        {
            estimate = estimate.Then(TriggerAnalysis.Estimate(scenario, o.Capped(o.TriggerTrials)));
        }

        if (scenario.Inputs.Any(i => !i.Distribution.IsConstant))
        {
            var tornado = o.Capped(o.TornadoTrials, ReportOptions.TornadoMinTrials);
            estimate = estimate.Then(SensitivityAnalysis.Estimate(scenario, new SensitivityOptions(tornado.Trials, sobolSamples: 0, seed: tornado.Seed, threads: tornado.Threads)));
        }

        return estimate with { Command = "report" };
    }

    /// <summary>Loads the scenario, checks it against the plan (before any trial), runs it and adds its results.</summary>
    private static ReportContent Simulate(ReportContent content, string path, ReportOptions options, Action<ReportProgress> progress, string? actualsPath, string? pipelinePath)
    {
        var scenario = ScenarioLoader.Load(path);
        var match = ScenarioPlanMatch.Check(scenario, content.Decomposition, path);
        Estimate(scenario, options).Check(scenario);
        var notes = ScenarioNotes.Load(scenario, path);
        var watch = Stopwatch.StartNew();

        // With a response section the run also keeps the effort elasticities (its streams and total are the
        // scenario model's, draw for draw), so the split analysis re-weights these trials instead of simulating again.
        var simulation = options.Simulation;
        var shared = scenario.Analysis.Response.Count > 0 && simulation.Trials <= options.SplitTrials;
        var result = SimulationEngine.Run(shared ? SplitSamples.Model(scenario) : new ScenarioModel(scenario), simulation);
        progress(new ReportProgress($"Simulated {path} (scenario {scenario.Name}, sha256 {scenario.Hash})", simulation.Trials, simulation.Seed, watch.Elapsed));
        content = content.WithSimulation(match, result, notes);
        content = Analyse(content, scenario, notes, options, shared ? result : null, progress);
        return actualsPath is null ? content : Track(content, match, actualsPath, pipelinePath, options, progress);
    }

    /// <summary>
    /// Reads the year's actuals and pipeline facts (a bad file is the user's error: it stops the report, as it stops
    /// <c>track</c>) and runs the tracking analysis on the headline's trials and seed, as <c>track</c> does.
    /// </summary>
    private static ReportContent Track(ReportContent content, ScenarioPlanMatch match, string actualsPath, string? pipelinePath, ReportOptions options, Action<ReportProgress> progress)
    {
        if (match.Scenario.Analysis.Phasing is null)
        {
            return content.Omit(new SectionOmission(InYearSection.SectionId, new BilingualText(
                $"情景「{match.Scenario.Name}」沒有月度節奏（phasing 部分），無法按已入帳的月份推算其餘月份，所以本節只說明原因。",
                $"The scenario \"{match.Scenario.Name}\" states no timing of the year (its phasing section), so the months to come cannot be forecast from the months booked; the section only says why.")));
        }

        var actuals = ActualsCsv.Load(actualsPath, content.Plan);
        var pipeline = pipelinePath is null ? Pipeline.Empty : PipelineCsv.Load(pipelinePath, content.Plan);
        return Guarded(content, InYearSection.SectionId, "年內追蹤", "tracking of the year", progress, options, () =>
        {
            var watch = Stopwatch.StartNew();
            var tracking = TrackingAnalysis.Run(content.Decomposition, actuals, pipeline, match, options.Simulation);
            progress(new ReportProgress($"The year so far ({actualsPath}{(pipelinePath is null ? string.Empty : ", " + pipelinePath)}, {tracking.YearToDate.MonthsObserved} months)", options.Simulation.Trials, options.Simulation.Seed, watch.Elapsed));
            return content.WithInYear(tracking);
        });
    }

    /// <summary>Runs the analyses the scenario has sections for and adds their results (see the remarks on <see cref="OwnerReport"/>).</summary>
    private static ReportContent Analyse(ReportContent content, Scenario scenario, ScenarioNotes notes, ReportOptions options, SimulationResult? splitRun, Action<ReportProgress> progress)
    {
        if (scenario.Analysis.Response.Count > 0)
        {
            content = Guarded(content, "splits", "占比分析", "split analysis", progress, options, () =>
            {
                var watch = Stopwatch.StartNew();
                var used = options.Capped(options.SplitTrials);
                var step = SplitGrid.FinestStep(scenario.Streams.Count, ReportOptions.MaxSplits);
                var samples = splitRun is null ? SplitSamples.Simulate(scenario, used) : SplitSamples.From(scenario, splitRun);
                var splits = SplitAnalysis.Run(samples, step, used.Threads);
                var robustness = ResponseRobustness.Run(scenario, samples, step: step, threads: used.Threads);
                progress(new ReportProgress($"Split analysis ({splits.Grid.Count} splits; {robustness.Versions} versions of the response assumption)", used.Trials, used.Seed, watch.Elapsed));
                return content.WithSplits(splits, robustness, notes.AssumptionFor("response"));
            });
        }

        if (scenario.Analysis.Phasing is not null)
        {
            content = Guarded(content, "timing", "季度規則分析", "quarterly-rule analysis", progress, options, () =>
            {
                var watch = Stopwatch.StartNew();
                var used = options.Capped(options.TriggerTrials);
                var trigger = TriggerAnalysis.Run(scenario, used);
                progress(new ReportProgress("Quarterly rule and monthly fan", used.Trials, used.Seed, watch.Elapsed));
                return content.WithTrigger(trigger);
            });
        }

        if (scenario.Inputs.Any(i => !i.Distribution.IsConstant))
        {
            content = Guarded(content, "risk", "敏感度分析（龍捲風圖）", "sensitivity analysis (tornado)", progress, options, () =>
            {
                var watch = Stopwatch.StartNew();
                // What is reported is what ran: a headline run under the tornado's minimum is raised to it.
                var used = options.Capped(options.TornadoTrials, ReportOptions.TornadoMinTrials);
                var sensitivity = SensitivityAnalysis.Run(scenario, new SensitivityOptions(used.Trials, sobolSamples: 0, seed: used.Seed, threads: used.Threads));
                progress(new ReportProgress($"Tornado ({sensitivity.Tornado.Count} inputs, each at its P10 and P90)", used.Trials, used.Seed, watch.Elapsed));
                return content.WithSensitivity(sensitivity);
            });
        }

        return content;
    }

    /// <summary>
    /// Runs one analysis; if it fails, its section is left out saying why (<see cref="SectionOmission"/>) and the
    /// failure is reported through <paramref name="progress"/>, so no analysis can make the whole report fail.
    /// </summary>
    private static ReportContent Guarded(ReportContent content, string section, string whatZh, string whatEn, Action<ReportProgress> progress, ReportOptions options, Func<ReportContent> analysis)
    {
        try
        {
            return analysis();
        }
#pragma warning disable CA1031 // No section may make the whole report fail: the section is left out, saying why.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var omission = SectionOmission.Failed(section, whatZh, whatEn, e);
            progress(new ReportProgress($"{char.ToUpperInvariant(whatEn[0])}{whatEn[1..]} left out ({omission.Reason.En})", options.Simulation.Trials, options.Simulation.Seed, TimeSpan.Zero));
            return content.Omit(omission);
        }
    }
}
