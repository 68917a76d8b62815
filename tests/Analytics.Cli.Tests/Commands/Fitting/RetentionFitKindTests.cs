using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class RetentionFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

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
        var file = _files.Write("t.csv", content);
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "retention", file));
        Assert.Contains(fragment.Replace("t.csv", file, StringComparison.Ordinal), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_CalendarYears_PublishedEstimatesAndYearLabels()
    {
        var file = _files.Write("r.csv", "period,alive\n2018,1000\n2019,631\n2020,468\n2021,382\n2022,326\n2023,289\n2024,262\n2025,241\n");
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

    [Fact]
    public void Retention_Json_SurvivalIsTheProductOfRetentionsAndAliveIsTheCohortTimesSurvival()
    {
        // sBG: r_t = (β + t − 1)/(α + β + t − 1) and S(t) = Π r_1..r_t, so S(t) = S(t − 1) r_t; E[alive] = n S(t).
        var (code, output, _) = CliRunner.Run("fit", "retention", RepoPaths.Data("fits", "retention-example.csv"), "--format", "json", "--periods", "2");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var (a, b, size) = (root.GetProperty("alpha").GetDouble(), root.GetProperty("beta").GetDouble(), root.GetProperty("cohortSize").GetInt32());
        Assert.Equal(1000, size);
        var rows = root.GetProperty("fitted").EnumerateArray().Concat(root.GetProperty("projection").EnumerateArray()).ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], rows.Select(r => r.GetProperty("period").GetInt32()));
        var survival = 1.0;
        foreach (var row in rows)
        {
            var t = row.GetProperty("period").GetInt32();
            var retention = (b + t - 1) / (a + b + t - 1);
            survival *= retention;
            Assert.Equal(retention, row.GetProperty("retention").GetDouble(), 12);
            Assert.Equal(survival, row.GetProperty("survival").GetDouble(), 12);
            var alive = row.TryGetProperty("expected", out var e) ? e : row.GetProperty("expectedAlive");
            Assert.Equal(size * survival, alive.GetDouble(), 9);
        }

        // The observed counts are the file's, period 1 to 7.
        Assert.Equal([631, 468, 382, 326, 289, 262, 241], root.GetProperty("fitted").EnumerateArray().Select(r => r.GetProperty("observed").GetInt32()));
    }

    [Fact]
    public void Retention_NoProjection_EmptyProjectionAndNoProjectedRows()
    {
        var file = RepoPaths.Data("fits", "retention-example.csv");
        using var doc = JsonDocument.Parse(CliRunner.Run("fit", "retention", file, "--format", "json", "--periods", "0").Out);
        Assert.Equal(0, doc.RootElement.GetProperty("projection").GetArrayLength());
        Assert.DoesNotContain("projected", CliRunner.Run("fit", "retention", file, "--periods", "0").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_AlphaAboveOne_FiniteLifetimeInJsonAndText()
    {
        // A cohort drawn from sBG(α 1.5, β 3), rounded to whole contracts: the fit finds α > 1, so the
        // expected lifetime E[1/θ] = (α + β − 1)/(α − 1) is finite, and the first period's churn is α/(α + β).
        var file = _files.Write("r.csv", "period,alive\n0,1000\n1,667\n2,485\n3,373\n4,298\n5,246\n6,207\n7,177\n");
        var (code, output, _) = CliRunner.Run("fit", "retention", file, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var (a, b) = (root.GetProperty("alpha").GetDouble(), root.GetProperty("beta").GetDouble());
        Assert.Equal(1.5, a, 0.1);
        Assert.Equal(3, b, 0.2);
        Assert.Equal((a + b - 1) / (a - 1), root.GetProperty("expectedLifetime").GetDouble(), 9);
        Assert.Equal(a / (a + b), root.GetProperty("meanChurn").GetDouble(), 12);
        Assert.Contains("expected lifetime ", CliRunner.Run("fit", "retention", file).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("unbounded", CliRunner.Run("fit", "retention", file).Out, StringComparison.Ordinal);
    }
}
