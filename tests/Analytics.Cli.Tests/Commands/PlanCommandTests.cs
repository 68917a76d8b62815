using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class PlanCommandTests
{
    [Fact]
    public void Plan_ShippedPlan_TablesWithTotals()
    {
        var (code, output, _) = CliRunner.Run("plan", RepoPaths.ShippedPlan);
        Assert.Equal(0, code);
        Assert.Contains("存量客戶復購", output, StringComparison.Ordinal);
        Assert.Contains("鋰電設備", output, StringComparison.Ordinal);
        Assert.Contains("Over-assignment: personal targets 12,080 / company target 5,000 = 2.416", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Json_FiguresMatchTheSeed()
    {
        var (code, output, _) = CliRunner.Run("plan", RepoPaths.ShippedPlan, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(5000m, root.GetProperty("target").GetDecimal());
        Assert.Equal([1800m, 2200m, 1000m], root.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()));
        var quarters = root.GetProperty("phasing").EnumerateArray().ToArray();
        Assert.Equal([900m, 1200m, 1500m, 1400m], quarters.Select(q => q.GetProperty("amount").GetDecimal()));
        Assert.Equal([467m, 467m, 466m], quarters[3].GetProperty("months").EnumerateArray().Select(m => m.GetDecimal()));
        Assert.Equal(600m, quarters[3].GetProperty("statedMonthly").GetDecimal());
        Assert.Equal(2.416m, root.GetProperty("overAssignmentRatio").GetDecimal());
        Assert.Equal(1405m, root.GetProperty("industryRegion").GetProperty("columnTotals").GetProperty("south").GetDecimal());
    }

    [Fact]
    public void Plan_SharesAddingUpTo98Percent_SaysItRescalesThemAndByHowMuch()
    {
        using var plan = new TempPlanFolder().Replace("targets.csv", ",,0.30,A6", ",,0.28,A6");
        var (code, _, err) = CliRunner.Run("plan", plan.Path);
        Assert.Equal(0, code);
        Assert.Contains("Note: The shares of the children of repurchase add up to 98%, not 100%: each was scaled by 1.0204 (+2.04%)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SharesAddingUp_NoRescalingNote()
        => Assert.DoesNotContain("scaled", CliRunner.Run("plan", RepoPaths.ShippedPlan).Err, StringComparison.Ordinal);

    [Fact]
    public void Plan_BadInput_ExitTwo()
    {
        using var plan = new TempPlanFolder().Replace("phasing.csv", "Q2,", "Q5,");
        Assert.Contains("phasing.csv:3: column 1 (quarter): \"Q5\" is not one of the allowed values", CliRunner.AssertBadInput(CliRunner.Run("plan", plan.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ShippedPlanToXlsxAndBack_TheSameFilesAndTheSameDecomposition()
    {
        var folder = Directory.CreateTempSubdirectory("analytics-convert-cli-").FullName;
        try
        {
            var workbook = Path.Combine(folder, "plc.xlsx");
            var back = Path.Combine(folder, "plc");
            Assert.Equal(0, CliRunner.Run("plan", "convert", RepoPaths.ShippedPlan, "--to", "xlsx", "--out", workbook).Code);
            var (code, _, err) = CliRunner.Run("plan", "convert", workbook, "--to", "csv", "--out", back);
            Assert.Equal(0, code);
            Assert.Contains("14 tables (facts 20, industries 3,", err, StringComparison.Ordinal);
            foreach (var file in Directory.GetFiles(back, "*.csv"))
            {
                Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, Path.GetFileName(file))).ReplaceLineEndings("\n"), File.ReadAllText(file));
            }

            Assert.Equal(CliRunner.Run("plan", RepoPaths.ShippedPlan, "--format", "json").Out, CliRunner.Run("plan", workbook, "--format", "json").Out);
            Assert.Contains("already a workbook", CliRunner.AssertBadInput(CliRunner.Run("plan", "convert", workbook, "--to", "xlsx")), StringComparison.Ordinal);
            Assert.Contains("refusing to overwrite", CliRunner.AssertBadInput(CliRunner.Run("plan", "convert", RepoPaths.ShippedPlan, "--to", "xlsx", "--out", workbook)), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Plan_AHostileWorkbook_ExitTwoWithTheCellAndNoStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("analytics-hostile-cli-").FullName;
        try
        {
            var workbook = Path.Combine(folder, "plc.xlsx");
            Assert.Equal(0, CliRunner.Run("plan", "convert", RepoPaths.ShippedPlan, "--to", "xlsx", "--out", workbook).Code);
            File.WriteAllText(Path.Combine(folder, "renamed.xlsx"), "key,value\n");
            var err = CliRunner.AssertBadInput(CliRunner.Run("audit", Path.Combine(folder, "renamed.xlsx")));
            Assert.Contains("a CSV file renamed .xlsx?", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Plan_ConvertOptionsWithoutConvert_UsageError()
        => Assert.Contains("applies to 'plan convert", CliRunner.AssertBadInput(CliRunner.Run("plan", RepoPaths.ShippedPlan, "--to", "xlsx")), StringComparison.Ordinal);
}
