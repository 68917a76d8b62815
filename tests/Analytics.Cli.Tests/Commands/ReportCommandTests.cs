using System.Text.RegularExpressions;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-").FullName;
    private readonly string? _browser = Environment.GetEnvironmentVariable("ANALYTICS_CHROMIUM");

    private string Out => Path.Combine(_folder, "report.html");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ANALYTICS_CHROMIUM", _browser);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Report_ShippedPlan_WritesTheSelfContainedPageAndPrintsTheHeadline()
    {
        var (code, output, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out);
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
        var (code, output, _) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith("2026 target: 50.00 million CNY", output, StringComparison.Ordinal);
        (code, output, _) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--lang", "en", "--unit", "wan");
        Assert.Equal(0, code);
        Assert.StartsWith("2026 target: 5,000 10k CNY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ExistingReport_ReplacedExistingOtherFile_Kept()
    {
        Assert.Equal(0, CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out).Code);
        Assert.Equal(0, CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out).Code);
        var other = Path.Combine(_folder, "notes.html");
        File.WriteAllText(other, "<html>my notes</html>");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", other));
        Assert.Contains("was not written by analytics report; refusing to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal("<html>my notes</html>", File.ReadAllText(other));
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
    public void Report_Scenario_MissingIsExitTwoPresentIsANote()
    {
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", Path.Combine(_folder, "none.csv")));
        Assert.Contains("--scenario: the file", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));

        var scenario = Path.Combine(_folder, "scenario.csv");
        File.WriteAllText(scenario, "key,value\n");
        var (code, _, note) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", Out, "--scenario", scenario);
        Assert.Equal(0, code);
        Assert.Contains("the simulation engine is not part of this build yet", note, StringComparison.Ordinal);
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
}
