using System.Text.Json;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class SeasonalityFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Seasonality_ShippedSales_MonthsAndConcentrationPerLineAndForAll()
    {
        var (code, output, _) = CliRunner.Run("fit", "seasonality", HistoryFiles.Sales, "--format", "json", "--bootstrap", "100");
        Assert.Equal(0, code);
        var lines = JsonDocument.Parse(output).RootElement.GetProperty("lines").EnumerateArray().ToArray();
        Assert.Equal(["new_customers", "repurchase", "all"], lines.Select(l => l.GetProperty("line").GetString()));
        foreach (var line in lines)
        {
            var months = line.GetProperty("months").EnumerateArray().Select(m => m.GetDouble()).ToArray();
            Assert.Equal(12, months.Length);
            Assert.Equal(1.0, months.Sum(), 12);
            Assert.Equal(1m, line.GetProperty("scenarioMonths").EnumerateArray().Sum(m => m.GetDecimal()));
            var k = line.GetProperty("concentration").GetDouble();
            Assert.InRange(k, line.GetProperty("concentrationLower95").GetDouble(), line.GetProperty("concentrationUpper95").GetDouble());
            Assert.Equal([2023, 2024, 2025], line.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        }
    }

    [Fact]
    public void Seasonality_NoLineColumn_TopLevelMonthsAndConcentration()
    {
        var rows = string.Join("\n", from y in new[] { 2024, 2025 } from m in Enumerable.Range(1, 12) select FormattableString.Invariant($"{y}-{m:00},{10 + (m == y - 2020 ? 7 : 0)}"));
        var file = _files.Write("s.csv", "month,amount\n" + rows + "\n");
        var (code, output, _) = CliRunner.Run("fit", "seasonality", file, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.Equal(12, root.GetProperty("months").GetArrayLength());
        Assert.True(root.GetProperty("concentration").GetDouble() > 0);
    }

    [Theory]
    [InlineData("month,amount\n2024-1,10\n", "t.csv:2: column 1 (month): \"2024-1\" is not a month; expected a month written YYYY-MM")]
    [InlineData("month,amount\n2024-01,10\n2024-02,11\n", "t.csv: the data cannot be fitted: sales of all must cover at least 2 complete years")]
    public void Seasonality_BadFile_ExitTwo(string content, string fragment)
    {
        var file = _files.Write("t.csv", content);
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), CliRunner.AssertBadInput(CliRunner.Run("fit", "seasonality", file)), StringComparison.Ordinal);
    }
}
