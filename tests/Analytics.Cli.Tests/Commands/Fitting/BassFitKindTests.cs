using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class BassFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Bass_ShippedExample_RecoversStatedParametersAndPeak()
    {
        var (code, output, _) = CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0.03, root.GetProperty("p").GetDouble(), 0.0006);
        Assert.Equal(0.38, root.GetProperty("q").GetDouble(), 0.004);
        Assert.Equal(1000, root.GetProperty("m").GetDouble(), 20.0);
        Assert.Equal(6, root.GetProperty("peakPeriod").GetInt32());
        var (p, q) = (root.GetProperty("p").GetDouble(), root.GetProperty("q").GetDouble());
        Assert.Equal(Math.Log(q / p) / (p + q), root.GetProperty("peakTime").GetDouble(), 12);
    }

    [Fact]
    public void Bass_Text_ShowsParametersAndPeak()
    {
        var (code, output, _) = CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"));
        Assert.Equal(0, code);
        Assert.Contains("p (innovation)", output, StringComparison.Ordinal);
        Assert.Contains("busiest period 6", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,adopters\n0,10\n1,20\n2,30\n", "the file has 3 period(s), too few to fit p, q and m; expected at least 4 rows")]
    [InlineData("period,adopters\n0,10\n1,-20\n2,30\n3,4\n", "t.csv:3: column 2 (adopters): -20 is out of range; expected a finite number >= 0")]
    [InlineData("period,adopters\n0,10\n1,1e999\n2,30\n3,4\n", "t.csv:3: column 2 (adopters)")]
    [InlineData("period,adopters\n0,10\n0,20\n2,30\n3,4\n", "t.csv:3: column 1 (period): period 0 where 1 was due")]
    [InlineData("period,adopters\n0,0\n1,50\n2,0\n3,0\n", "the data cannot be fitted: data must show adopters in at least two periods")]
    [InlineData("period,adopters\n0,1\n1,2\n2,4\n3,8\n4,16\n5,32\n6,64\n7,128\n", "the fit did not converge")]
    [InlineData("period,alive\n0,1\n", "unknown column \"alive\"")]
    public void Bass_BadInput_ExitTwoWithFileLineColumnAndExpectation(string content, string fragment)
    {
        var file = _files.Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", file));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2014)]
    public void Bass_PeriodsNotFromZero_SameFitAndTheLaunchRowNamed(int first)
    {
        var shipped = File.ReadAllLines(RepoPaths.Data("fits", "bass-example.csv"));
        var relabelled = shipped.Skip(1).Select((row, i) => (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + row[row.IndexOf(',', StringComparison.Ordinal)..]);
        var file = _files.Write("b.csv", "period,adopters\n" + string.Join("\n", relabelled) + "\n");
        using var zero = JsonDocument.Parse(CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"), "--format", "json").Out);
        var (code, output, _) = CliRunner.Run("fit", "bass", file, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        foreach (var key in new[] { "p", "q", "m", "peakTime", "rSquared" })
        {
            Assert.Equal(zero.RootElement.GetProperty(key).GetDouble(), root.GetProperty(key).GetDouble());
        }

        Assert.Equal(first, root.GetProperty("launch").GetProperty("period").GetInt32());
        Assert.Equal(2, root.GetProperty("launch").GetProperty("line").GetInt32());
        Assert.Equal(first + 6, root.GetProperty("peakPeriod").GetInt32());
        Assert.Equal(first, root.GetProperty("fitted")[0].GetProperty("period").GetInt32());
        Assert.Equal(first + 12, root.GetProperty("projection")[0].GetProperty("period").GetInt32());
        Assert.False(zero.RootElement.TryGetProperty("launch", out _));
        Assert.Contains($"period 0 is the row labelled {first} ({file}:2)", CliRunner.Run("fit", "bass", file).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,adopters\n2019,1\n2020,2\n2022,3\n2023,4\n", "t.csv:4: column 1 (period): period 2022 where 2021 was due (a gap: period 2021 missing); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2024,3\n2025,4\n", "period 2024 where 2021 was due (a gap: periods 2021-2023 missing)")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2020,3\n2021,4\n", "t.csv:4: column 1 (period): period 2020 where 2021 was due (the same period as line 3); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2018,3\n2021,4\n", "t.csv:4: column 1 (period): period 2018 where 2021 was due (periods must ascend; line 3 has period 2020); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n-1,1\n0,2\n1,3\n2,4\n", "t.csv:2: column 1 (period): -1 is out of range")]
    public void Bass_PeriodsNotConsecutive_ExitTwoNamingLineColumnAndWhy(string content, string fragment)
    {
        var file = _files.Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", file));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bass_Json_ProjectionIsTheGrowthOfTheCumulativeCurve()
    {
        // Each projected period's expected adopters is the cumulative curve's growth over it: F(t + 1) − F(t) (times m).
        var (code, output, _) = CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"), "--format", "json", "--periods", "3");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var (p, q, m) = (root.GetProperty("p").GetDouble(), root.GetProperty("q").GetDouble(), root.GetProperty("m").GetDouble());
        double Cumulative(double t) => m * (1 - Math.Exp(-(p + q) * t)) / (1 + (q / p * Math.Exp(-(p + q) * t)));
        var projection = root.GetProperty("projection").EnumerateArray().ToArray();
        Assert.Equal([12, 13, 14], projection.Select(r => r.GetProperty("period").GetInt32()));
        foreach (var row in projection)
        {
            var t = row.GetProperty("period").GetInt32();
            Assert.Equal(Cumulative(t + 1), row.GetProperty("cumulative").GetDouble(), 1e-9 * m);
            Assert.Equal(Cumulative(t + 1) - Cumulative(t), row.GetProperty("expected").GetDouble(), 1e-9 * m);
        }

        // The fitted rows carry the file's observations, period 0 to 11.
        Assert.Equal([36.0, 49, 65, 83, 98, 108, 110, 103, 89, 72, 55, 41], root.GetProperty("fitted").EnumerateArray().Select(r => r.GetProperty("observed").GetDouble()));
        Assert.Equal(12, root.GetProperty("periods").GetInt32());
    }

    [Fact]
    public void Bass_TextDefaultProjection_FiveProjectedRows()
    {
        var output = CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv")).Out;
        Assert.Equal(5, output.Split('\n').Count(line => line.TrimEnd().EndsWith("projected", StringComparison.Ordinal)));
        Assert.Contains("(12 periods, 909 adopters so far)", output, StringComparison.Ordinal);
    }
}
