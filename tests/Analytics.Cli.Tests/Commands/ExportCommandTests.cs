using Analytics.Cli.Commands;
using Analytics.Report.Tests.TestSupport;
using Analytics.Report.Workbook;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "results.xlsx");

    [Fact]
    public void Export_ShippedPlanNoSimulation_WritesThePlanSheets()
    {
        var (code, output, err) = CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation");
        Assert.True(code == 0, err);
        Assert.StartsWith($"Wrote {Out}: 5 sheets (業務線分解 4, 行業與地區 ", output, StringComparison.Ordinal);
        var book = XlsxContent.Read(Out);
        Assert.Equal(["業務線分解", "行業與地區", "目標樹", "個人月度目標", "審核結果"], book.SheetNames);
        Assert.Equal(5000m, book.Rows("業務線分解")[^1][2].Number);
    }

    [Fact]
    public void Export_ShippedScenario_SimulationSheetsWithTheGivenTrialsAndSeed()
    {
        var (code, _, err) = CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--lang", "en", "--trials", "1000", "--seed", "3");
        Assert.True(code == 0, err);
        var book = XlsxContent.Read(Out);
        Assert.Equal(["By line", "By industry and region", "Target tree", "Personal targets by month", "Audit findings", "Simulation summary", "Line risk", "Splits", "Tornado", "In-year"], book.SheetNames);
        var summary = book.Rows("Simulation summary");
        Assert.Equal(["plc-2026", "1000", "3"], new[] { summary[1][1].Text, summary[3][1].Text, summary[4][1].Text });
        Assert.InRange(summary[6][1].Number, 0m, 1m);
        Assert.Equal("0.0%", summary[6][1].NumberFormat);

        // The folder's actuals: each line and the total, the total booked exactly (1,507.56 萬元 through June).
        var inYear = book.Rows("In-year");
        Assert.Equal("company", inYear[^1][0].Text);
        Assert.Equal(1507.56m, inYear[^1][4].Number);
    }

    [Fact]
    public void Export_PersonNamedLikeAFormula_StaysText()
    {
        using var plan = new TempPlanFolder();
        plan.Replace("people.csv", "director,銷售總監,", "director,=1+1,");
        var (code, _, err) = CliRunner.Run("export", plan.Path, "--out", Out, "--no-simulation");
        Assert.True(code == 0, err);
        var cell = XlsxContent.Read(Out).Rows("個人月度目標")[1][1];
        Assert.Equal(("=1+1", true, false), (cell.Text, cell.IsString, cell.HasFormula));
    }

    [Fact]
    public void Export_ExistingFileNotWrittenByAnalytics_NeverReplaced()
    {
        File.WriteAllText(Out, "someone's workbook");
        var err = CliRunner.AssertBadInput(CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation"));
        Assert.Contains("the file exists and was not written by analytics; refusing to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal("someone's workbook", File.ReadAllText(Out));
        Assert.Equal(2, CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", "--force").Code);
        Assert.Equal("someone's workbook", File.ReadAllText(Out));

        File.Delete(Out);
        Assert.Equal(0, CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation").Code);
        Assert.Equal(XlsxWriter.Generator, XlsxContent.Read(Out).Application);
        // Its own workbook is replaced.
        Assert.Equal(0, CliRunner.Run("export", RepoPaths.ShippedPlan, "--out", Out, "--no-simulation", "--lang", "en").Code);
        Assert.Equal("By line", XlsxContent.Read(Out).SheetNames[0]);
    }

    [Fact]
    public void Export_MissingPlanFolder_Exit2NamingIt()
    {
        var missing = Path.Combine(_folder, "no-such-plan");
        var err = CliRunner.AssertBadInput(CliRunner.Run("export", missing, "--out", Out));
        Assert.Contains($"{missing}: plan folder not found", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Export_BrokenPlanFile_Exit2NamingTheFileAndLine()
    {
        using var plan = new TempPlanFolder();
        plan.Replace("targets.csv", "5000", "5000x");
        var err = CliRunner.AssertBadInput(CliRunner.Run("export", plan.Path, "--out", Out, "--no-simulation"));
        Assert.Contains("targets.csv", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("--out", "results.csv")]
    [InlineData("--lang", "fr")]
    [InlineData("--no-simulation", "--trials", "10")]
    public void Export_BadOptions_Exit2(params string[] options)
        => CliRunner.AssertBadInput(CliRunner.Run(["export", RepoPaths.ShippedPlan, .. options]));

    [Fact]
    public void Export_NoPlan_Exit2AskingForIt()
        => Assert.Contains("missing PLAN", CliRunner.AssertBadInput(CliRunner.Run("export")), StringComparison.Ordinal);

    [Fact]
    public void DefaultOutput_PlanFolderName()
    {
        Assert.Equal("plc-2026-results.xlsx", ExportCommand.DefaultOutput(RepoPaths.ShippedPlan + Path.DirectorySeparatorChar));
        Assert.Equal("plc-2026-results.xlsx", ExportCommand.DefaultOutput(RepoPaths.ShippedPlan));
    }
}
