using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public sealed class FitCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-fit-" + Guid.NewGuid().ToString("N"));

    public FitCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Retention_ShippedExample_PrintsPublishedEstimatesAndProjection()
    {
        var (code, output, _) = CliRunner.Run("fit", "retention", RepoPaths.Data("fits", "retention-example.csv"));
        Assert.Equal(0, code);
        Assert.Contains("alpha           0.704", output, StringComparison.Ordinal);
        Assert.Contains("beta            1.182", output, StringComparison.Ordinal);
        Assert.Contains("log-likelihood  -1680.27", output, StringComparison.Ordinal);
        Assert.Contains("projected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_Json_KeysAndFaderHardieValues()
    {
        var (code, output, _) = CliRunner.Run("fit", "retention", RepoPaths.Data("fits", "retention-example.csv"), "--format", "json", "--periods", "3");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0.704, root.GetProperty("alpha").GetDouble(), 0.001);
        Assert.Equal(1.182, root.GetProperty("beta").GetDouble(), 0.001);
        Assert.Equal(-1680.3, root.GetProperty("logLikelihood").GetDouble(), 0.05);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("expectedLifetime").ValueKind);   // alpha < 1
        var projection = root.GetProperty("projection").EnumerateArray().ToArray();
        Assert.Equal([8, 9, 10], projection.Select(p => p.GetProperty("period").GetInt32()));

        // r_8 = (beta + 7) / (alpha + beta + 7) with the printed estimates.
        var (a, b) = (root.GetProperty("alpha").GetDouble(), root.GetProperty("beta").GetDouble());
        Assert.Equal((b + 7) / (a + b + 7), projection[0].GetProperty("retention").GetDouble(), 12);
        Assert.Equal(7, root.GetProperty("fitted").GetArrayLength());
    }

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
    [InlineData("period,alive\n0,1000\n1,631\n2,700\n", "t.csv:4: column 2 (alive): 700 alive is more than the 631 alive at period 1")]
    [InlineData("period,alive\n0,1000\n2,631\n3,500\n", "t.csv:3: column 1 (period): period 2 where 1 was due")]
    [InlineData("period,alive\n0,1000\n1,-3\n2,1\n", "t.csv:3: column 2 (alive)")]
    [InlineData("period,alive\n0,1000\n1,NaN\n2,1\n", "t.csv:3: column 2 (alive): \"NaN\" is not a finite number")]
    [InlineData("period,alive\n0,1000\n1,abc\n2,1\n", "t.csv:3: column 2 (alive): \"abc\" is not a whole number")]
    [InlineData("period,alive\n0,1000\n1,631,5\n2,1\n", "t.csv:3: the row has 3 fields but the header has 2")]
    [InlineData("period,survivors\n0,1000\n", "unknown column \"survivors\"")]
    [InlineData("", "t.csv: the file is empty")]
    [InlineData("period,alive\n0,1000\n1,631\n", "t.csv: the file has 2 period(s), too few to fit the retention model; expected at least 3 rows")]
    [InlineData("period,alive\n0,0\n1,0\n2,0\n", "t.csv:2: column 2 (alive): the cohort is empty at period 0")]
    [InlineData("period,alive\n0,100\n1,100\n2,100\n", "t.csv: the data cannot be fitted: data must show at least one contract lost")]
    [InlineData("period,alive\n0,1000\n1,900\n2,700\n3,400\n", "t.csv: the fit did not converge: the likelihood has no interior maximum")]
    public void Retention_BadInput_ExitTwoWithFileLineColumnAndExpectation(string content, string fragment)
    {
        var file = Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "retention", file));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
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
        var file = Write("t.csv", content);
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
        var file = Write("b.csv", "period,adopters\n" + string.Join("\n", relabelled) + "\n");
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

    [Fact]
    public void Retention_CalendarYears_PublishedEstimatesAndYearLabels()
    {
        var file = Write("r.csv", "period,alive\n2018,1000\n2019,631\n2020,468\n2021,382\n2022,326\n2023,289\n2024,262\n2025,241\n");
        var (code, output, _) = CliRunner.Run("fit", "retention", file, "--format", "json", "--periods", "2");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0.704, root.GetProperty("alpha").GetDouble(), 0.001);
        Assert.Equal(1.182, root.GetProperty("beta").GetDouble(), 0.001);
        Assert.Equal(2018, root.GetProperty("launch").GetProperty("period").GetInt32());
        Assert.Equal(2025, root.GetProperty("lastPeriod").GetInt32());
        Assert.Equal([2026, 2027], root.GetProperty("projection").EnumerateArray().Select(p => p.GetProperty("period").GetInt32()));
        Assert.Contains("period 0 is the row labelled 2018", CliRunner.Run("fit", "retention", file).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,adopters\n2019,1\n2020,2\n2022,3\n2023,4\n", "t.csv:4: column 1 (period): period 2022 where 2021 was due (a gap: period 2021 missing); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2024,3\n2025,4\n", "period 2024 where 2021 was due (a gap: periods 2021-2023 missing)")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2020,3\n2021,4\n", "t.csv:4: column 1 (period): period 2020 where 2021 was due (the same period as line 3); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n2019,1\n2020,2\n2018,3\n2021,4\n", "t.csv:4: column 1 (period): period 2018 where 2021 was due (periods must ascend; line 3 has period 2020); expected consecutive whole-number periods")]
    [InlineData("period,adopters\n-1,1\n0,2\n1,3\n2,4\n", "t.csv:2: column 1 (period): -1 is out of range")]
    public void Bass_PeriodsNotConsecutive_ExitTwoNamingLineColumnAndWhy(string content, string fragment)
    {
        var file = Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", file));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MissingFile_ExitTwoSaysNotFoundAndHeader()
    {
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "retention", Path.Combine(_folder, "nope.csv")));
        Assert.Contains("file not found; expected a CSV file with the header period,alive", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_UnknownModel_ExitTwoWithUsage()
    {
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "weibull", "x.csv"));
        Assert.Contains("unknown model \"weibull\"; expected retention, bass, distribution, winrate, seasonality or renewal", message, StringComparison.Ordinal);
        Assert.Contains("usage: analytics fit retention|bass|distribution|winrate|seasonality|renewal FILE.csv", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoFile_ExitTwo()
        => Assert.Contains("missing the CSV file to fit", CliRunner.AssertBadInput(CliRunner.Run("fit", "bass")), StringComparison.Ordinal);

    [Fact]
    public void Fit_PeriodsOutOfRange_ExitTwo()
        => Assert.Contains("--periods must be a whole number in [0, 100]", CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"), "--periods", "500")), StringComparison.Ordinal);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }
}
