using System.Text.Json;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class WinRateFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void WinRate_ShippedLeads_OneFitPerIndustryWithTheTest()
    {
        var (code, output, _) = CliRunner.Run("fit", "winrate", HistoryFiles.Leads, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Contains("1/2 chi-square(0) + 1/2 chi-square(1)", root.GetProperty("overdispersionTest").GetString(), StringComparison.Ordinal);
        var fits = root.GetProperty("fits").EnumerateArray().ToArray();
        Assert.Equal(["3c", "lithium", "packaging"], fits.Select(f => f.GetProperty("industry").GetString()));
        foreach (var f in fits)
        {
            var mean = f.GetProperty("mean").GetDouble();
            Assert.InRange(mean, f.GetProperty("meanLower95").GetDouble(), f.GetProperty("meanUpper95").GetDouble());
            Assert.InRange(f.GetProperty("overdispersionPValue").GetDouble(), 0, 1);
            if (!f.GetProperty("atBinomialBoundary").GetBoolean())
            {
                var (a, b) = (f.GetProperty("a").GetDouble(), f.GetProperty("b").GetDouble());
                Assert.Equal(a / (a + b), mean, 9);
            }
        }
    }

    [Theory]
    [InlineData("period,leads,wins\nq1,10,12\nq2,10,1\n", "t.csv:2: column 3 (wins): 12 is out of range")]
    [InlineData("period,leads,wins\nq1,10,2\n", "t.csv: the data cannot be fitted: data for all must hold at least two periods with leads")]
    [InlineData("period,leads,won\nq1,10,2\n", "unknown column \"won\"")]
    public void WinRate_BadFile_ExitTwo(string content, string fragment)
    {
        var file = _files.Write("t.csv", content);
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), CliRunner.AssertBadInput(CliRunner.Run("fit", "winrate", file)), StringComparison.Ordinal);
    }
}
