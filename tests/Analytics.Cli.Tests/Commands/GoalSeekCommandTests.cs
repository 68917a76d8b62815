using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class GoalSeekCommandTests
{
    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    [Fact]
    public void GoalSeek_Json_ValueErrorAndPAtIt()
    {
        var (code, output, error) = CliRunner.Run("goalseek", Plc, "--input", "newCustomers.*.winRate", "--trials", "3000", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("reachable").GetBoolean());
        Assert.Equal(0.8, root.GetProperty("probability").GetDouble());
        Assert.Equal(0.16, root.GetProperty("baseline").GetDouble(), 9);
        var value = root.GetProperty("value").GetDouble();
        Assert.InRange(value, 0.2, 0.35); // about 0.27 at 100,000 trials
        Assert.True(root.GetProperty("valueStdError").GetDouble() > 0);
        Assert.Equal(0.8, root.GetProperty("probabilityAtValue").GetDouble(), 0.03);
        Assert.Equal(7, root.GetProperty("curve").GetArrayLength());
        Assert.False(root.GetProperty("alreadyMet").GetBoolean());
        Assert.Equal("newCustomers.*.winRate", root.GetProperty("input").GetString());
        Assert.Equal("New customers, every component: win rate", root.GetProperty("label").GetString()); // the plan's line name (targets.csv)
    }

    [Fact]
    public void GoalSeek_Text_TheLeverByItsLabelThenItsPath()
    {
        var (code, output, error) = CliRunner.Run("goalseek", RepoPaths.ShippedPlan, "--input", "newCustomers.lithiumPartners.winRate", "--trials", "1000");
        Assert.True(code == 0, error);
        Assert.Contains("Lever: Lithium-battery equipment, partners: win rate (newCustomers.lithiumPartners.winRate: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalSeek_ScenarioOutsideAPlan_TheLabelIsThePath()
    {
        var (code, output, error) = CliRunner.Run("goalseek", RepoPaths.Data("scenarios", "seed-2026.json"), "--input", "market", "--trials", "1000", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Equal("market", JsonDocument.Parse(output).RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void GoalSeek_LevelBelowTodaysChance_AlreadyMet()
    {
        // P(hit) at today's win rates is about 38%, so a 20% chance needs no change.
        var (code, output, error) = CliRunner.Run("goalseek", Plc, "--input", "newCustomers.*.winRate", "--probability", "0.2", "--trials", "2000", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("alreadyMet").GetBoolean());
        Assert.True(root.GetProperty("probabilityAtBaseline").GetDouble() >= 0.2);
    }

    [Fact]
    public void GoalSeek_UnreachableLevel_SaysSoAndExitsZero()
    {
        var (code, output, error) = CliRunner.Run("goalseek", Plc, "--input", "repurchase.tierC.renewalProbability", "--trials", "2000");
        Assert.True(code == 0, error);
        Assert.Contains("out of reach", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--input", "newCustomers.3c.lead.mean", "--input newCustomers.3c.lead.mean: path \"newCustomers.3c.lead.mean\" matches nothing")]
    [InlineData("--probability", "1", "--probability must be strictly between 0 and 1")]
    [InlineData("--replicates", "1", "--replicates must be 0 or at least 2")]
    [InlineData("--min", "0.1", "--min and --max go together")]
    public void GoalSeek_BadOption_ExitTwo(string option, string value, string fragment)
    {
        string[] args = option == "--input" ? ["goalseek", Plc, option, value] : ["goalseek", Plc, "--input", "market", option, value];
        var error = CliRunner.AssertBadInput(CliRunner.Run(args));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalSeek_NoInput_ExitTwo()
        => Assert.Contains("--input is required", CliRunner.AssertBadInput(CliRunner.Run("goalseek", Plc)), StringComparison.Ordinal);
}
