using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class BudgetCommandTests
{
    [Fact]
    public void Budget_Json_EveryLineWithRevenuePerUnitOrNone()
    {
        var (code, output, error) = CliRunner.Run("budget", RepoPaths.Data("plc-2026", "scenario.json"), "--trials", "2000", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(250, root.GetProperty("total").GetDouble());
        var lines = root.GetProperty("lines").EnumerateArray().ToArray();
        Assert.Equal(["tradeShows", "channelRebates", "newCustomerRewards", "training", "reserve"], lines.Select(l => l.GetProperty("id").GetString()));
        var shows = lines[0];
        Assert.Equal(shows.GetProperty("revenue").GetDouble() / 80, shows.GetProperty("revenuePerUnit").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("revenuePerUnit").ValueKind);
        Assert.False(lines[4].GetProperty("attributable").GetBoolean());
    }

    [Fact]
    public void Budget_Text_TableAndNotes()
    {
        var (code, output, _) = CliRunner.Run("budget", RepoPaths.Data("plc-2026", "scenario.json"), "--trials", "500");
        Assert.Equal(0, code);
        Assert.Contains("per 萬元", output, StringComparison.Ordinal);
        Assert.Contains("not attributable", output, StringComparison.Ordinal);
        Assert.Contains("sourcing, not causation", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_ScenarioWithoutBudget_ExitTwo()
        => Assert.Contains("has no \"budget\" section", CliRunner.AssertBadInput(CliRunner.Run("budget", RepoPaths.Data("scenarios", "seed-2026.json"))), StringComparison.Ordinal);
}
