using Analytics.Charts;
using Analytics.Common;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public sealed class OwnerReportTests : IDisposable
{
    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("owner-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ReportOptions Small(int trials, ulong seed = 3) => new() { Simulation = new SimulationOptions(trials, seed, threads: 2) };

    [Fact]
    public void Build_PlanOnly_NoSimulationNoStepAndThePlanSections()
    {
        var steps = new List<ReportProgress>();
        var report = OwnerReport.Build(Shipped.Plan, RepoPaths.ShippedPlan, progress: steps.Add);
        Assert.Empty(steps);
        Assert.Null(report.Content.Risk);
        Assert.Equal(RepoPaths.ShippedPlan, report.Content.PlanSource);
        Assert.Equal(["headline", "growth", "decomposition", "phasing", "people", "audit", "sources"], report.Render().Sections);
    }

    [Fact]
    public void Build_ShippedScenarioSmallRun_EveryAnalysisOnTheHeadlinesTrialsAndSeedStepByStep()
    {
        var steps = new List<ReportProgress>();
        var report = OwnerReport.Build(Shipped.Plan, RepoPaths.ShippedPlan, Plc, Small(2000), steps.Add);

        // 2,000 trials is under every cap (100,000 / 20,000 / 5,000): each analysis runs them all, on seed 3.
        Assert.Equal(
            [$"Simulated {Plc} (scenario plc-2026, sha256 {ScenarioRuns.Plc.Hash})", "Split analysis (231 splits; 13 versions of the response assumption)", "Quarterly rule and monthly fan", "Tornado (11 inputs, each at its P10 and P90)"],
            steps.Select(s => s.Step));
        Assert.All(steps, s => Assert.Equal((2000, 3UL), (s.Trials, s.Seed)));
        var c = report.Content;
        Assert.Equal((2000L, 3UL), (c.Risk!.Trials, c.Risk.Seed));
        Assert.Equal(2000, c.SplitFigures!.Trials);
        Assert.Equal(2000, c.Trigger!.Trials);
        Assert.Equal(2000, c.Drivers!.Trials);
        Assert.Equal("S6", c.ResponseAssumption!.Id);
        Assert.Equal(["headline", "growth", "decomposition", "phasing", "risk", "timing", "splits", "people", "audit", "sources"], report.Render().Sections);
    }

    [Fact]
    public void Build_RunWithinTheSplitCap_TheSplitsReweightTheHeadlineRun()
    {
        // Shared draws: the plan's own split is the headline run itself, so its P(hit) is the headline's to the last digit.
        var c = OwnerReport.Build(Shipped.Plan, null, Plc, Small(2000)).Content;
        Assert.Equal(c.Risk!.ProbabilityOfHit, c.SplitFigures!.Plan.ProbabilityOfTarget.Value);
        Assert.Equal(c.Risk.ScenarioHash, ScenarioRuns.Plc.Hash);
    }

    [Fact]
    public void Build_CapsUnderTheRun_EachAnalysisAtItsCap()
    {
        var steps = new List<ReportProgress>();
        var options = Small(3000) with { SplitTrials = 1000, TriggerTrials = 500, TornadoTrials = 200 };
        var c = OwnerReport.Build(Shipped.Plan, null, Plc, options, steps.Add).Content;
        Assert.Equal([3000, 1000, 500, 200], steps.Select(s => s.Trials));
        Assert.Equal((3000L, 1000, 500, 200), (c.Risk!.Trials, c.SplitFigures!.Trials, c.Trigger!.Trials, c.Drivers!.Trials));
    }

    [Fact]
    public void Build_RunUnderTheTornadosMinimum_TheTornadoRaisedToItAndReportedAsRun()
    {
        var steps = new List<ReportProgress>();
        OwnerReport.Build(Shipped.Plan, null, Plc, Small(50), steps.Add);
        Assert.Equal([50, 50, 50, ReportOptions.TornadoMinTrials], steps.Select(s => s.Trials));
    }

    [Fact]
    public void Build_ReferenceScenario_OnlyTheTornadoOfItsAnalyses()
    {
        // seed-2026 states no response, phasing or trigger section; its market factor is uncertain.
        var steps = new List<ReportProgress>();
        var c = OwnerReport.Build(Shipped.Plan, null, RepoPaths.Data("scenarios", "seed-2026.json"), Small(1000), steps.Add).Content;
        Assert.Equal(2, steps.Count);
        Assert.StartsWith("Tornado (", steps[1].Step, StringComparison.Ordinal);
        Assert.Null(c.SplitFigures);
        Assert.Null(c.Trigger);
        Assert.NotNull(c.Drivers);
    }

    [Fact]
    public void Build_ScenarioOfAnotherTarget_ThrowsBeforeAnyTrial()
    {
        var other = Path.Combine(_folder, "other.json");
        File.WriteAllText(other, File.ReadAllText(Plc).Replace("\"target\": 5000", "\"target\": 5100", StringComparison.Ordinal));
        var steps = new List<ReportProgress>();
        var e = Assert.Throws<InputException>(() => OwnerReport.Build(Shipped.Plan, null, other, Small(1000), steps.Add));
        Assert.Contains("its target is 5,100 萬元 but the plan's is 5,000 萬元", e.Message, StringComparison.Ordinal);
        Assert.Empty(steps);
    }

    [Fact]
    public void HeadlineAndRender_InTheOptionsLanguage()
    {
        var report = OwnerReport.Build(Shipped.Plan, options: new ReportOptions { Chart = ChartOptions.English });
        Assert.Equal(ReportHeadline.Text(report.Content, ChartOptions.English), report.Headline());
        Assert.StartsWith("2026 target: 50.00 million CNY", report.Headline(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", report.Render().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NewThenAgain_ThePageAndReplacedTheSecondTime()
    {
        var report = OwnerReport.Build(Shipped.Plan, RepoPaths.ShippedPlan);
        var path = Path.Combine(_folder, "report.html");
        var page = report.Write(path);
        Assert.Equal(page.Html, File.ReadAllText(path));
        Assert.Equal(6, page.Charts.Count);
        File.AppendAllText(path, "<!-- edited -->");
        report.Write(path);
        Assert.Equal(page.Html, File.ReadAllText(path));
    }

    [Fact]
    public void Write_OverAPlanFileOrAForeignPage_RefusedAndTheFileKept()
    {
        using var plan = new TempPlanFolder();
        var report = OwnerReport.Build(Analytics.Loading.PlanLoader.Load(plan.Path), plan.Path);
        var targets = File.ReadAllText(plan.File("targets.csv"));
        Assert.Throws<IOException>(() => report.Write(plan.File("targets.csv")));
        Assert.Equal(targets, File.ReadAllText(plan.File("targets.csv")));

        var notes = Path.Combine(_folder, "notes.html");
        File.WriteAllText(notes, "<html>my notes</html>");
        Assert.Throws<IOException>(() => report.Write(notes));
        Assert.Equal("<html>my notes</html>", File.ReadAllText(notes));
    }

    [Fact]
    public void Build_WithTheYearsActuals_TheTrackingAnalysisOnTheHeadlinesTrialsAndSeed()
    {
        var actuals = Path.Combine(RepoPaths.ShippedPlan, "actuals.csv");
        var pipeline = Path.Combine(RepoPaths.ShippedPlan, "pipeline.csv");
        var steps = new List<ReportProgress>();
        var report = OwnerReport.Build(Shipped.Plan, RepoPaths.ShippedPlan, Plc, Small(2000), steps.Add, actuals, pipeline);
        Assert.Equal($"The year so far ({actuals}, {pipeline}, 6 months)", steps[^1].Step);

        // The same figures as the tracking analysis run on its own with the same trials and seed (what track prints).
        var alone = Analytics.Analyses.Tracking.TrackingAnalysis.Run(Shipped.Decomposition, Analytics.Loading.ActualsCsv.Load(actuals, Shipped.Plan), Analytics.Loading.PipelineCsv.Load(pipeline, Shipped.Plan), ScenarioRuns.Match(Shipped.Decomposition), new SimulationOptions(2000, 3, threads: 2));
        var inYear = report.Content.InYear!;
        Assert.Equal(alone.Forecast.Hit, inYear.Forecast.Hit);
        Assert.Equal(alone.PriorHit, inYear.PriorHit);
        Assert.Equal(alone.Forecast.Total, inYear.Forecast.Total);
        Assert.Equal(alone.Forecast.EffectiveSampleSize, inYear.Forecast.EffectiveSampleSize);
        Assert.Contains("in-year", report.Render().Sections);
    }

    [Fact]
    public void Build_ActualsWithoutAScenario_TheSectionSaysWhy()
    {
        var report = OwnerReport.Build(Shipped.Plan, RepoPaths.ShippedPlan, null, Small(2000), null, Path.Combine(RepoPaths.ShippedPlan, "actuals.csv"));
        Assert.Null(report.Content.InYear);
        var page = report.Render();
        Assert.Contains("in-year", page.Sections);
        Assert.Contains("年內追蹤需要計劃的情景", page.Html, StringComparison.Ordinal);
    }
}
