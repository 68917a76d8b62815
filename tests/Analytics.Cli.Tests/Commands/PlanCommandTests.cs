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
}
