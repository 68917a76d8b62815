using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class SensitivityCommandTests
{
    private static readonly string Plc = RepoPaths.Data("plc-2026", "scenario.json");

    [Fact]
    public void Sensitivity_Json_TornadoRanksAndSobolWithIntervals()
    {
        var (code, output, error) = CliRunner.Run("sensitivity", Plc, "--trials", "1000", "--sobol", "128", "--bootstrap", "20", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var tornado = root.GetProperty("tornado").EnumerateArray().ToArray();
        Assert.Equal(11, tornado.Length);
        Assert.Equal("market", tornado[0].GetProperty("input").GetString());
        Assert.True(tornado.Zip(tornado.Skip(1)).All(p => p.First.GetProperty("probabilitySwing").GetDouble() >= p.Second.GetProperty("probabilitySwing").GetDouble()));
        Assert.Equal(1, root.GetProperty("rankCorrelations").EnumerateArray().Sum(r => r.GetProperty("contributionToVariance").GetDouble()), 9);
        var sobol = root.GetProperty("sobol").GetProperty("total").EnumerateArray().First();
        foreach (var key in new[] { "firstOrder", "firstOrderLower95", "firstOrderUpper95", "totalOrder", "totalOrderLower95", "totalOrderUpper95" })
        {
            Assert.True(sobol.TryGetProperty(key, out _), key);
        }

        Assert.Equal(11, root.GetProperty("sobol").GetProperty("hit").GetArrayLength());
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("internal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Sensitivity_TextWithoutSobol_TornadoAndRanksOnly()
    {
        var (code, output, error) = CliRunner.Run("sensitivity", Plc, "--trials", "500", "--sobol", "0");
        Assert.True(code == 0, error);
        Assert.Contains("Tornado", output, StringComparison.Ordinal);
        Assert.Contains("Spearman rho", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sobol (95%", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sobol", "8", "--sobol must be 0 (none) or 16")]
    [InlineData("--bootstrap", "-1", "--bootstrap must be a whole number")]
    [InlineData("--trials", "20000000", "--trials must be a whole number in [100, 10000000]")] // the library's sensitivity range, checked by the parser
    [InlineData("--threads", "1025", "--threads must be a whole number in [1, 1024]")]
    public void Sensitivity_BadOption_ExitTwo(string option, string value, string fragment)
        => Assert.Contains(fragment, CliRunner.AssertBadInput(CliRunner.Run("sensitivity", Plc, option, value)), StringComparison.Ordinal);
}
