using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class SplitsCommandTests
{
    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    [Fact]
    public void Splits_Json_ContractKeysForEverySplitAndTheNamedOnes()
    {
        var (code, output, error) = CliRunner.Run("splits", Plc, "--trials", "3000", "--step", "0.1", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        string[] contract = ["repurchase", "newCustomers", "newProduct", "probabilityOfTarget", "probabilityAllStreams", "expectedRevenue", "p10", "expectedMargin"];
        var splits = root.GetProperty("splits").EnumerateArray().ToArray();
        Assert.Equal(66, splits.Length);
        foreach (var split in splits.Append(root.GetProperty("best")).Append(root.GetProperty("riskBalanced")).Append(root.GetProperty("plan")))
        {
            var keys = split.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.All(contract, k => Assert.Contains(k, keys));
            Assert.Equal(1, split.GetProperty("repurchase").GetDouble() + split.GetProperty("newCustomers").GetDouble() + split.GetProperty("newProduct").GetDouble(), 9);
        }

        Assert.Equal(splits.Max(s => s.GetProperty("probabilityOfTarget").GetDouble()), root.GetProperty("best").GetProperty("probabilityOfTarget").GetDouble());
        Assert.Equal(0.36, root.GetProperty("plan").GetProperty("repurchase").GetDouble(), 9);
        Assert.True(root.GetProperty("responseModel").GetBoolean());
        var versus = root.GetProperty("best").GetProperty("versusPlan");
        Assert.True(versus.GetProperty("lower95").GetDouble() <= versus.GetProperty("probabilityDifference").GetDouble());
        Assert.InRange(root.GetProperty("riskBalanced").GetProperty("level").GetDouble(), 0, 1);
        Assert.NotEmpty(root.GetProperty("frontier").EnumerateArray());
    }

    [Fact]
    public void Splits_Text_NamedSplitsComparisonsAndFrontier()
    {
        var (code, output, error) = CliRunner.Run("splits", Plc, "--trials", "2000", "--step", "0.1");
        Assert.True(code == 0, error);
        foreach (var fragment in new[] { "66 splits at step 0.1", "plan", "best", "risk-balanced", "best - plan: ", "points (95%: ", "Frontier", "sub-target risk" })
        {
            Assert.Contains(fragment, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Splits_SeedScenario_SaysEverySplitHasTheSameP()
    {
        var (code, output, _) = CliRunner.Run("splits", RepoPaths.Data("scenarios", "seed-2026.json"), "--trials", "1000", "--step", "0.25");
        Assert.Equal(0, code);
        Assert.Contains("no response model", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_Compare_PairedAgainstPlanAndBest()
    {
        var (code, output, error) = CliRunner.Run("splits", Plc, "--trials", "2000", "--step", "0.1", "--compare", "36/44/20", "--format", "json");
        Assert.True(code == 0, error);
        var compared = JsonDocument.Parse(output).RootElement.GetProperty("compared");
        // The plan's own split against the plan: no difference in any trial.
        Assert.Equal(0, compared.GetProperty("versusPlan").GetProperty("probabilityDifference").GetDouble());
        Assert.Equal(0, compared.GetProperty("versusPlan").GetProperty("stdError").GetDouble());
        Assert.True(compared.GetProperty("versusBest").GetProperty("probabilityDifference").GetDouble() <= 0);
        var (textCode, text, _) = CliRunner.Run("splits", Plc, "--trials", "1000", "--step", "0.25", "--compare", "20/50/30");
        Assert.Equal(0, textCode);
        Assert.Contains("compared - best: ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--compare", "30/50", "--compare must give one percentage >= 0 per stream (repurchase/newCustomers/newProduct)")]
    [InlineData("--compare", "30/50/30", "adding up to 100")]
    [InlineData("--step", "0.03", "--step must divide 1")]
    [InlineData("--step", "abc", "--step must be a number")]
    [InlineData("--step", "0.00005", "--step must be a number in [0.0001, 1]")] // the library's limit, no longer the command's own 0.001
    [InlineData("--step", "0.001", "--step 0.001 over 3 streams gives 501,501 splits")] // refused before simulating
    [InlineData("--trials", "5", "--trials must be a whole number in [100,")]
    public void Splits_BadOption_ExitTwo(string option, string value, string fragment)
        => Assert.Contains(fragment, CliRunner.AssertBadInput(CliRunner.Run("splits", Plc, option, value)), StringComparison.Ordinal);

    [Fact]
    public void Splits_BadScenario_FileLineColumnExitTwo()
    {
        var folder = Directory.CreateTempSubdirectory("splits-");
        try
        {
            var file = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(file, File.ReadAllText(Plc).Replace("\"floor\": 0.3", "\"floor\": 3", StringComparison.Ordinal));
            var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("\"floor\": 3,", StringComparison.Ordinal)) + 1;
            var error = CliRunner.AssertBadInput(CliRunner.Run("splits", file, "--trials", "100"));
            Assert.Contains($"{file}:{line}: column ", error, StringComparison.Ordinal);
            Assert.Contains("\"floor\" is 3, outside [0, 1]", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Splits_MissingScenario_ExitTwo()
        => Assert.Contains("file not found", CliRunner.AssertBadInput(CliRunner.Run("splits", "nope.json")), StringComparison.Ordinal);
}
