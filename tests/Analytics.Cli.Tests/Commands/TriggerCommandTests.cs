using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class TriggerCommandTests
{
    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    [Fact]
    public void Trigger_Json_FiringAndConditionalHitPerQuarterPolicyAndFan()
    {
        var (code, output, error) = CliRunner.Run("trigger", Plc, "--trials", "3000", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.8, root.GetProperty("threshold").GetDouble());
        var quarters = root.GetProperty("quarters").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3, 4], quarters.Select(q => q.GetProperty("quarter").GetInt32()));
        Assert.Equal([900.0, 1200, 1500, 1400], quarters.Select(q => Math.Round(q.GetProperty("target").GetDouble(), 6)));
        Assert.All(quarters, q =>
        {
            Assert.InRange(q.GetProperty("firingProbability").GetDouble(), 0, 1);
            Assert.True(q.TryGetProperty("probabilityOfTargetIfFired", out _));
            Assert.NotEmpty(q.GetProperty("probabilityOfTargetByCompletion").EnumerateArray());
        });
        var policy = root.GetProperty("policy");
        Assert.True(policy.GetProperty("probabilityWith").GetDouble() >= policy.GetProperty("probabilityWithout").GetDouble());

        // Total probability: the idle years are the same with and without the policy, so the overall
        // change is the acting years' share times their change.
        var acts = policy.GetProperty("whenActs");
        var idle = policy.GetProperty("whenIdle");
        var actsTrials = acts.GetProperty("trials").GetInt64();
        Assert.Equal(3000, actsTrials + idle.GetProperty("trials").GetInt64());
        Assert.Equal(idle.GetProperty("probabilityWith").GetDouble(), idle.GetProperty("probabilityWithout").GetDouble());
        var overall = policy.GetProperty("probabilityWith").GetDouble() - policy.GetProperty("probabilityWithout").GetDouble();
        var whereActs = acts.GetProperty("probabilityWith").GetDouble() - acts.GetProperty("probabilityWithout").GetDouble();
        Assert.Equal(overall, actsTrials / 3000.0 * whereActs, 12);
        Assert.Equal(12, root.GetProperty("fan").GetProperty("p50").GetArrayLength());
        Assert.Equal(5000, root.GetProperty("fan").GetProperty("target")[11].GetDouble(), 6);
    }

    [Fact]
    public void Trigger_TextWithThreshold_UsesIt()
    {
        var (code, output, error) = CliRunner.Run("trigger", Plc, "--trials", "1000", "--threshold", "0.7");
        Assert.True(code == 0, error);
        Assert.Contains("a quarter under 70% of its target", output, StringComparison.Ordinal);
        Assert.Contains("Policy: After the first quarter (Q1-Q3) under 70% of its target", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_PlanFolder_ItsOwnScenario_SameAnswerAsTheFile()
    {
        var (fromFolder, fromFile) = (CliRunner.Run("trigger", RepoPaths.ShippedPlan, "--trials", "1000", "--format", "json"), CliRunner.Run("trigger", Plc, "--trials", "1000", "--format", "json"));
        Assert.True(fromFolder.Code == 0, fromFolder.Err);
        Assert.Equal(Without("elapsedSeconds", fromFile.Out), Without("elapsedSeconds", fromFolder.Out));
    }

    [Fact]
    public void Trigger_PlanFolderWithoutScenario_ExitTwoSayingWhereItBelongs()
    {
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("scenario.json"));
        var error = CliRunner.AssertBadInput(CliRunner.Run("trigger", plan.Path, "--trials", "100"));
        Assert.Contains("the plan folder holds no scenario.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_ScenarioWithoutPhasing_ExitTwoNamingTheSection()
    {
        var error = CliRunner.AssertBadInput(CliRunner.Run("trigger", RepoPaths.Data("scenarios", "seed-2026.json"), "--trials", "100"));
        Assert.Contains("seed-2026.json: the scenario has no \"phasing\" section", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Trigger_BadThreshold_ExitTwo(string value)
        => Assert.Contains("--threshold must be a number", CliRunner.AssertBadInput(CliRunner.Run("trigger", Plc, "--threshold", value)), StringComparison.Ordinal);

    private static string Without(string key, string json)
        => string.Join('\n', json.Split('\n').Where(line => !line.Contains($"\"{key}\"", StringComparison.Ordinal)));
}
