using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class TrackCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(["track", .. args, "--format", "json"]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Track_TargetAlreadyMetBeyondEverySimulatedYear_CertainNotAnError()
    {
        // 6,000 of repurchase in January: no simulated year books that, but the 5,000 target is met.
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("pipeline.csv"));
        var actuals = Path.Combine(plan.Path, "met.csv");
        File.WriteAllText(actuals, "month,line,amount\n2026-01,repurchase,6000\n2026-01,new_customers,0\n2026-01,new_product,0\n");
        var root = Json(plan.Path, "--actuals", actuals, "--trials", "2000");
        Assert.True(root.GetProperty("alreadyMet").GetBoolean());
        Assert.True(root.GetProperty("outsideScenario").GetBoolean());
        Assert.Equal(1.0, root.GetProperty("probabilityOfTarget").GetDouble());
        Assert.Equal(0.0, root.GetProperty("standardError").GetDouble());
        Assert.Equal(6000m, root.GetProperty("ytd").GetDecimal());
    }

    [Fact]
    public void Track_HandBuiltYearFarBelowThePlan_AnAnswerOutsideTheScenarioExitZero()
    {
        // 1 萬元 a month per line, and nothing at all of two lines in January: no simulated year books that.
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("pipeline.csv"));
        var actuals = Path.Combine(plan.Path, "bad.csv");
        File.WriteAllText(actuals, "month,line,amount\n" + string.Concat(Enumerable.Range(1, 6).Select(m => $"2026-0{m},repurchase,1\n2026-0{m},new_customers,{(m == 1 ? 0 : 1)}\n2026-0{m},new_product,{(m == 1 ? 0 : 1)}\n")));
        var root = Json(plan.Path, "--actuals", actuals, "--trials", "2000", "--seed", "3");
        Assert.True(root.GetProperty("outsideScenario").GetBoolean());
        Assert.False(root.GetProperty("alreadyMet").GetBoolean());
        Assert.StartsWith("Outside the scenario: the year to date plus the rest of the year", root.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Contains("Revise the scenario", Assert.Single(root.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(16m, root.GetProperty("ytd").GetDecimal());
        var p = root.GetProperty("probabilityOfTarget").GetDouble();
        Assert.InRange(p, 0, root.GetProperty("priorProbabilityOfTarget").GetDouble());
        Assert.True(root.GetProperty("byMonth").EnumerateArray().Skip(1).All(m => m.GetProperty("outsideScenario").GetBoolean()));
        Assert.True(root.GetProperty("percentiles").GetProperty("p10").GetDouble() > 16);

        var (code, text, _) = CliRunner.Run("track", plan.Path, "--actuals", actuals, "--trials", "2000", "--seed", "3");
        Assert.Equal(0, code);
        Assert.Contains("Method: Outside the scenario", text, StringComparison.Ordinal);
        Assert.Contains("Warning: The actuals lie outside what the scenario \"plc-2026\" expected: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Track_ShippedSample_TheIssuesJsonFields()
    {
        var root = Json(RepoPaths.ShippedPlan, "--trials", "20000", "--seed", "1", "--threads", "2");
        Assert.Equal(6, root.GetProperty("monthsObserved").GetInt32());

        // The year to date is the shipped file's rows summed, exactly (independently of the library).
        var booked = File.ReadAllLines(Path.Combine(RepoPaths.ShippedPlan, "actuals.csv")).Skip(1).Sum(l => decimal.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(booked, root.GetProperty("ytd").GetDecimal());
        var p = root.GetProperty("probabilityOfTarget").GetDouble();
        Assert.InRange(p, 0, 1);
        Assert.InRange(root.GetProperty("standardError").GetDouble(), 1e-6, 0.05);
        Assert.True(p < root.GetProperty("priorProbabilityOfTarget").GetDouble());
        Assert.True(root.GetProperty("effectiveSampleSize").GetDouble() > 0);
        var percentiles = root.GetProperty("percentiles");
        Assert.True(percentiles.GetProperty("p10").GetDouble() <= percentiles.GetProperty("p50").GetDouble() && percentiles.GetProperty("p50").GetDouble() <= percentiles.GetProperty("p90").GetDouble());
        Assert.True(root.GetProperty("expectedShortfall").GetDouble() > 0);

        var quarters = root.GetProperty("quarters").EnumerateArray().ToArray();
        Assert.Equal([1, 2], quarters.Select(q => q.GetProperty("quarter").GetInt32()));
        Assert.Equal([900m, 1200m], quarters.Select(q => q.GetProperty("target").GetDecimal()));
        Assert.All(quarters, q => Assert.Equal(q.GetProperty("actual").GetDouble() / q.GetProperty("target").GetDouble(), q.GetProperty("completion").GetDouble(), 12));
        Assert.True(quarters[1].GetProperty("fired").GetBoolean());
        Assert.Equal(booked, quarters.Sum(q => q.GetProperty("actual").GetDecimal()));

        var lines = root.GetProperty("lines").EnumerateArray().ToArray();
        Assert.Equal(["repurchase", "new_customers", "new_product"], lines.Select(l => l.GetProperty("line").GetString()));
        Assert.Equal(booked, lines.Sum(l => l.GetProperty("ytd").GetDecimal()));
        Assert.All(lines, l => Assert.InRange(l.GetProperty("probabilityOfTarget").GetDouble(), 0, 1));

        var replan = root.GetProperty("replan");
        Assert.Equal(7, replan.GetProperty("firstMonth").GetInt32());
        Assert.Equal(5000m - booked, replan.GetProperty("remaining").GetDecimal());
        Assert.Equal(["no-change", "rephase-plan", "rephase-momentum", "benchmark-focus"], replan.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void Track_SameSeedOtherThreads_SameAnswer()
    {
        static string Run(string threads) => CliRunner.Run("track", RepoPaths.ShippedPlan, "--trials", "4000", "--seed", "5", "--threads", threads, "--format", "json").Out.Split('\n').First(l => l.Contains("\"probabilityOfTarget\"", StringComparison.Ordinal));
        Assert.Equal(Run("1"), Run("2"));
    }

    [Fact]
    public void Track_MalformedActuals_ExitTwoWithFileLineColumn()
    {
        var folder = Directory.CreateTempSubdirectory("track-");
        try
        {
            var file = Path.Combine(folder.FullName, "actuals.csv");
            File.WriteAllText(file, "month,line,amount\n2026-01,repurchase,100\n2026-01,new_customers,-5\n2026-01,new_product,0\n");
            var err = CliRunner.AssertBadInput(CliRunner.Run("track", RepoPaths.ShippedPlan, "--actuals", file, "--trials", "1000"));
            Assert.Contains("actuals.csv:3", err, StringComparison.Ordinal);
            Assert.Contains("amount", err, StringComparison.Ordinal);

            File.WriteAllText(file, "month,line,amount\n2026-01,repurchase,100\n2026-01,new_customers,50\n2026-01,new_product,0\n2026-02,repurchase,100\n");
            Assert.Contains("write 0 if nothing was sold", CliRunner.AssertBadInput(CliRunner.Run("track", RepoPaths.ShippedPlan, "--actuals", file, "--trials", "1000")), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Track_NoActualsInTheFolder_ExitTwoSayingWhereTheyGo()
    {
        var folder = Directory.CreateTempSubdirectory("track-plan-");
        try
        {
            foreach (var f in Directory.GetFiles(RepoPaths.ShippedPlan).Where(f => !Path.GetFileName(f).StartsWith("actuals", StringComparison.Ordinal)))
            {
                File.Copy(f, Path.Combine(folder.FullName, Path.GetFileName(f)));
            }

            Assert.Contains("the plan folder holds no actuals", CliRunner.AssertBadInput(CliRunner.Run("track", folder.FullName, "--trials", "1000")), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
