using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-").FullName;
    private readonly string? _browser = Environment.GetEnvironmentVariable("ANALYTICS_CHROMIUM");

    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    private string Out => Path.Combine(_folder, "report.html");

    /// <summary>The shipped plan and scenario, a small run (fast; the figures' errors say how small).</summary>
    private (int Code, string Out, string Err) Simulated(params string[] more)
        => CliRunner.Run(["report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", Plc, "--trials", "4096", "--seed", "3", .. more]);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ANALYTICS_CHROMIUM", _browser);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Report_ShippedPlanNoSimulation_WritesTheSelfContainedPageAndPrintsTheHeadline()
    {
        var (code, output, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation");
        Assert.Equal(0, code);
        Assert.StartsWith("2026 年目標: 5,000 萬元 (去年 3,800 萬元，增長 31.6%)", output, StringComparison.Ordinal);
        Assert.Contains("達標機率: 需要模擬", output, StringComparison.Ordinal);
        Assert.Contains("審核: 2 個錯誤，0 個警告", output, StringComparison.Ordinal);
        Assert.Contains("6 charts; sections: headline, growth, decomposition, phasing, people, audit, sources", err, StringComparison.Ordinal);
        var html = File.ReadAllText(Out);
        Assert.Equal(1, Regex.Count(html, @"\* plotly\.js v\d"));
        Assert.DoesNotMatch(@"<script[^>]*\bsrc=", html);
        Assert.Contains("<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EnglishAndUnits_HeadlineFollowsTheSwitches()
    {
        var (code, output, _) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--lang", "en", "--no-simulation");
        Assert.Equal(0, code);
        Assert.StartsWith("2026 target: 50.00 million CNY", output, StringComparison.Ordinal);
        (code, output, _) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--lang", "en", "--unit", "wan", "--no-simulation");
        Assert.Equal(0, code);
        Assert.StartsWith("2026 target: 5,000 10k CNY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ExistingReport_ReplacedExistingOtherFile_Kept()
    {
        Assert.Equal(0, CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation").Code);
        Assert.Equal(0, CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation").Code);
        var other = Path.Combine(_folder, "notes.html");
        File.WriteAllText(other, "<html>my notes</html>");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", other, "--no-simulation"));
        Assert.Contains("was not written by analytics report; refusing to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal("<html>my notes</html>", File.ReadAllText(other));
    }

    [Fact]
    public void Report_Xlsx_WritesTheResultsWorkbookNextToThePage()
    {
        var workbook = Path.Combine(_folder, "report.xlsx");
        var (code, _, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", "--lang", "en", "--xlsx", workbook);
        Assert.True(code == 0, err);
        Assert.Contains($"Wrote {workbook} (5 sheets: By line, By industry and region, Target tree, Personal targets by month, Audit findings).", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Out));
        Assert.Equal(Report.Workbook.XlsxWriter.Generator, Report.Tests.TestSupport.XlsxContent.Read(workbook).Application);
    }

    [Fact]
    public void Report_XlsxForeignOrTheSameAsOut_RefusedBeforeAnyWork()
    {
        var workbook = Path.Combine(_folder, "mine.xlsx");
        File.WriteAllText(workbook, "mine");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", "--xlsx", workbook));
        Assert.Contains("was not written by analytics; refusing to overwrite it", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
        Assert.Equal("mine", File.ReadAllText(workbook));
        CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", "--xlsx", Out));
    }

    [Fact]
    public void Report_OutIsAPlanFile_RefusedAndTheFileUnchanged()
    {
        using var plan = new TempPlanFolder();
        var before = File.ReadAllText(plan.File("targets.csv"));
        CliRunner.AssertBadInput(CliRunner.Run("report", plan.Path, "--out", plan.File("targets.csv")));
        Assert.Equal(before, File.ReadAllText(plan.File("targets.csv")));
    }

    [Fact]
    public void Report_ShippedScenario_HeadlinePrintsPHitWithItsErrorAndThePageHasTheRisk()
    {
        var (code, output, err) = Simulated();
        Assert.True(code == 0, err);
        var hit = Regex.Match(output, @"^達標機率 P\(≥ 5,000 萬元\): (\d+\.\d)% \(± (\d\.\d\d) 個百分點（標準誤）；95% 區間 \d+\.\d% – \d+\.\d%；情景 plc-2026，4,096 次模擬，種子 3\)$", RegexOptions.Multiline);
        Assert.True(hit.Success, output);
        Assert.Matches(@"(?m)^P10 / P50 / P90: [\d,]+ / [\d,]+ / [\d,]+ \(萬元；平均 [\d,]+\)$", output);
        Assert.DoesNotContain("需要模擬", output, StringComparison.Ordinal);

        // The same run as `simulate` with the same trials and seed: the report adds no arithmetic of its own.
        var (_, json, _) = CliRunner.Run("simulate", Plc, "--trials", "4096", "--seed", "3", "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var p = doc.RootElement.GetProperty("probabilityOfTarget").GetDouble();
        var se = doc.RootElement.GetProperty("probabilityStdError").GetDouble();
        Assert.Equal((p * 100).ToString("0.0", CultureInfo.InvariantCulture), hit.Groups[1].Value);
        Assert.Equal((se * 100).ToString("0.00", CultureInfo.InvariantCulture), hit.Groups[2].Value);
        // 4096 independent trials: SE = sqrt(p(1 - p)/n), about 0.76 points at p = 0.38.
        Assert.Equal(Math.Sqrt(p * (1 - p) / 4096), se, 1e-12);

        Assert.Contains("Simulated " + Plc + " (scenario plc-2026, sha256 ", err, StringComparison.Ordinal);
        // The shipped plan folder holds the year's actuals: the in-year section and its chart join the page.
        Assert.Contains("13 charts; sections: headline, growth, decomposition, phasing, risk, timing, in-year, splits, people, audit, sources", err, StringComparison.Ordinal);
        var html = File.ReadAllText(Out);
        Assert.Contains("id=\"chart-distribution\"", html, StringComparison.Ordinal);
        Assert.Contains("各業務類型達成子目標的機率", html, StringComparison.Ordinal);
        Assert.Contains("<li>S4: 標桿客戶的贏標機率不確定（Beta(7, 13)，平均 0.35）", html, StringComparison.Ordinal); // the page's language (data/scenarios/README.md)
        Assert.DoesNotContain("Uncertainty about the benchmark win probability", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, @"\* plotly\.js v\d"));
    }

    [Fact]
    public void Report_ShippedScenario_EveryAnalysisRunWithItsTrialsAndTheSplitsHangOnS6()
    {
        var (code, _, err) = Simulated();
        Assert.True(code == 0, err);
        // --trials 4096 is below each analysis's own cap, so every analysis runs 4,096 trials with the report's seed.
        Assert.Contains("Split analysis (231 splits; 13 versions of the response assumption): 4,096 trials, seed 3,", err, StringComparison.Ordinal);
        Assert.Contains("Quarterly rule and monthly fan: 4,096 trials, seed 3,", err, StringComparison.Ordinal);
        Assert.Contains("Tornado (11 inputs, each at its P10 and P90): 4,096 trials, seed 3,", err, StringComparison.Ordinal);
        var html = File.ReadAllText(Out);
        foreach (var chart in new[] { "tornado", "fan", "quarterly-rule", "split-ternary", "split-frontier" })
        {
            Assert.Contains($"id=\"chart-{chart}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("231 種占比（步長 5%）都在同樣的 4,096 個模擬年度上評估（種子 3）", html, StringComparison.Ordinal);
        Assert.Matches("<h3>(最佳占比取決於投入反應假設 S6|投入反應假設 S6改變時，最佳占比不變)</h3>", html);
        Assert.Contains("假設 S6（情景檔案原文）：占比不只分配目標，也分配精力與預算。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ReferenceScenarioInEnglish_AlsoTheShippedPlansAndHeadlineInEnglish()
    {
        var (code, output, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", RepoPaths.Data("scenarios", "seed-2026.json"), "--trials", "4096", "--lang", "en");
        Assert.True(code == 0, err);
        Assert.Matches(@"(?m)^Probability of reaching 50\.00 million CNY: \d+\.\d% \(± \d\.\d\d points \(standard error\); 95% interval .*; scenario seed-2026, 4,096 simulated years, seed 1\)$", output);

        // The reference states no response, phasing or trigger: no split or timing section, nothing in their place.
        // The folder's actuals cannot be tracked without the scenario's timing: the in-year section only says why.
        Assert.Contains("8 charts; sections: headline, growth, decomposition, phasing, risk, in-year, people, audit, sources", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Split analysis", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarterly rule", err, StringComparison.Ordinal);
        var html = File.ReadAllText(Out);
        Assert.DoesNotContain("id=\"splits\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"timing\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-tornado\"", html, StringComparison.Ordinal); // its market factor is uncertain
        Assert.Contains("seed-2026&quot; states no timing of the year (its phasing section)", html.Replace("&#34;", "&quot;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ScenarioForAnotherPlan_ExitTwoNamingTheDifferenceAndNothingWritten()
    {
        var other = Path.Combine(_folder, "other.json");
        File.WriteAllText(other, File.ReadAllText(Plc).Replace("\"target\": 2200", "\"target\": 2300", StringComparison.Ordinal).Replace("\"target\": 5000", "\"target\": 5100", StringComparison.Ordinal));
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", other));
        // Issue 13 (the complete scenario-plan check): each difference names both places, the scenario's line and the plan's row.
        Assert.Contains($"the scenario \"plc-2026\" does not model this plan: its target is 5,100 萬元 but the plan's is 5,000 萬元 (scenario {other}:", err, StringComparison.Ordinal);
        Assert.Contains($"; plan {Path.Combine(RepoPaths.ShippedPlan, "targets.csv")}:2); stream \"newCustomers\" targets 2,300 萬元 but the plan's line new_customers is 2,200 萬元 (scenario {other}:", err, StringComparison.Ordinal);
        Assert.Contains($"; plan {Path.Combine(RepoPaths.ShippedPlan, "targets.csv")}:4)", err, StringComparison.Ordinal);
        Assert.Contains("--no-simulation", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Report_HostileScenarioText_EscapedInThePage()
    {
        var hostile = Path.Combine(_folder, "hostile.json");
        File.WriteAllText(hostile, "// S9  <img src=x onerror=alert(1)> & more\n//\n" + File.ReadAllText(Plc).Replace(
            "\"zh\": \"2026 年計劃", "\"zh\": \"<script>alert(2)</script> 2026 年計劃", StringComparison.Ordinal));
        var (code, _, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", hostile, "--trials", "1000");
        Assert.True(code == 0, err);
        var html = File.ReadAllText(Out);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(2)", html, StringComparison.Ordinal);
        Assert.Contains("<li>S9: &lt;img src=x onerror=alert(1)&gt; &amp; more</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;alert(2)&lt;/script&gt; 2026 年計劃", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutIsTheScenario_RefusedAndTheFileUnchanged()
    {
        var scenario = Path.Combine(_folder, "plc.json");
        File.Copy(Plc, scenario);
        var before = File.ReadAllText(scenario);
        CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", scenario, "--scenario", scenario, "--trials", "1000"));
        Assert.Equal(before, File.ReadAllText(scenario));
    }

    [Fact]
    public void Report_Scenario_MissingOrUnreadableIsExitTwo()
    {
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", Path.Combine(_folder, "none.json")));
        Assert.Contains("--scenario: the file", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));

        var scenario = Path.Combine(_folder, "scenario.csv");
        File.WriteAllText(scenario, "key,value\n");
        Assert.Contains("scenario.csv:1", CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", scenario)), StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("--scenario", "x.json")]
    [InlineData("--trials", "1000")]
    [InlineData("--seed", "2")]
    public void Report_NoSimulationWithASimulationOption_ExitTwo(string option, string value)
        => Assert.Contains("contradict", CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", option, value)), StringComparison.Ordinal);

    [Theory]
    [InlineData("--trials", "0")]
    [InlineData("--trials", "many")]
    [InlineData("--seed", "-1")]
    public void Report_BadSimulationOption_ExitTwo(string option, string value)
        => CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", Plc, option, value));

    [Fact]
    public void Report_NoScenarioOption_ThePlansOwnScenario()
    {
        // The plan folder's own scenario.json, whatever the working folder (a scenario is written for one plan).
        var (code, output, err) = CliRunner.RunIn(_folder, null, "report", RepoPaths.ShippedPlan, "--out", Out, "--trials", "1000");
        Assert.True(code == 0, err);
        Assert.Contains("情景 plc-2026，1,000 次模擬", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoScenarioOption_PlanWithoutScenario_ANoteAndThePlanAlone()
    {
        // The project root's data/ holds the shipped plan's scenario; a plan folder without its own never borrows it.
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("scenario.json"));
        var (code, output, err) = CliRunner.RunIn(RepoPaths.Root, null, "report", plan.Path, "--out", Out, "--trials", "1000");
        Assert.Equal(0, code);
        Assert.Contains($"Note: no scenario simulated ({Path.Combine(plan.Path, "scenario.json")} does not exist)", err, StringComparison.Ordinal);
        Assert.Contains("達標機率: 需要模擬", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutInAMissingFolder_ExitTwoBeforeTheSimulation()
    {
        var missing = Path.Combine(_folder, "no-such-folder", "report.html");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", missing, "--scenario", Plc, "--trials", "4096"));
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutIsAChartPageNotAReport_Kept()
    {
        // A chart page this toolkit wrote carries the plain chart generator tag, not the report's.
        var page = Path.Combine(_folder, "chart.html");
        var text = "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"Analytics.Charts\"></head><body>a chart</body></html>";
        File.WriteAllText(page, text);
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", page, "--no-simulation"));
        Assert.Contains("was not written by analytics report", err, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(page));
    }

    [Fact]
    public void Report_TrialsUnderTheTornadosMinimum_ReportsTheTrialsTheTornadoRan()
    {
        var (code, _, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", Plc, "--trials", "50", "--seed", "3");
        Assert.True(code == 0, err);
        Assert.Contains("Quarterly rule and monthly fan: 50 trials, seed 3,", err, StringComparison.Ordinal);
        Assert.Matches(@"Tornado \(\d+ inputs, each at its P10 and P90\): 100 trials, seed 3,", err);
    }

    [Fact]
    public void Report_PngWithoutChromium_ExitTwoBeforeAnyWork()
    {
        Environment.SetEnvironmentVariable("ANALYTICS_CHROMIUM", "/no/such/chromium");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--png", _folder));
        Assert.Contains("no Chromium found", err, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--unit", "usd")]
    public void Report_BadOption_ExitTwo(string option, string value)
        => CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, option, value));

    [Fact]
    public void Report_BrokenPlan_ExitTwoNamingTheFile()
    {
        using var plan = new TempPlanFolder().Replace("phasing.csv", "Q2,", "Q5,");
        Assert.Contains("phasing.csv:3", CliRunner.AssertBadInput(CliRunner.Run("report", plan.Path, "--out", Out)), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PlanFolderWithActuals_TheHeadlinesLineIsTracksProbability()
    {
        using var plan = new TempPlanFolder();
        var (code, output, err) = CliRunner.Run("report", plan.Path, "--out", Out, "--trials", "2000", "--seed", "4", "--lang", "en");
        Assert.True(code == 0, err);
        var line = Regex.Match(output, @"(?m)^P\(target \| year to date through 2026-06\): (\d+\.\d)% \(± (\d\.\d\d) points; booked 15\.08 million CNY; (\d+\.\d)% before the year\)$");
        Assert.True(line.Success, output);

        // track on the same folder, trials and seed: the same figures (the report calls the same analysis).
        var (_, json, _) = CliRunner.Run("track", plan.Path, "--trials", "2000", "--seed", "4", "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal((root.GetProperty("probabilityOfTarget").GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture), line.Groups[1].Value);
        Assert.Equal((root.GetProperty("standardError").GetDouble() * 100).ToString("0.00", CultureInfo.InvariantCulture), line.Groups[2].Value);
        Assert.Equal((root.GetProperty("priorProbabilityOfTarget").GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture), line.Groups[3].Value);
        Assert.Contains("id=\"chart-in-year\"", File.ReadAllText(Out), StringComparison.Ordinal);

        // Without the actuals the page has no in-year section and the headline no such line.
        File.Delete(plan.File("actuals.csv"));
        (code, output, err) = CliRunner.Run("report", plan.Path, "--out", Out, "--trials", "2000", "--seed", "4", "--lang", "en");
        Assert.True(code == 0, err);
        Assert.DoesNotContain("year to date", output, StringComparison.Ordinal);
        Assert.DoesNotContain("in-year", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PipelineWithoutActualsOrAMissingFile_UsageErrors()
    {
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("actuals.csv"));
        var (code, _, err) = CliRunner.Run("report", plan.Path, "--out", Out, "--pipeline", plan.File("pipeline.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--pipeline needs the year's actuals", err, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run("report", plan.Path, "--out", Out, "--actuals", plan.File("none.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--actuals: the file", err, StringComparison.Ordinal);
    }
}
