using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class SimulateCommandTests
{
    private static readonly string Seed = Scenario("seed-2026.json");

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(["simulate", .. args, "--format", "json"]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Simulate_Json_HasExactlyTheContractKeys()
    {
        var root = Json(Seed, "--trials", "20000", "--seed", "3");
        Assert.Equal(
            ["trials", "seed", "elapsedSeconds", "target", "mean", "std", "p10", "p50", "p90", "probabilityOfTarget", "probabilityStdError", "streams", "correlations"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], root.GetProperty("streams").EnumerateObject().Select(p => p.Name));
        foreach (var stream in root.GetProperty("streams").EnumerateObject())
        {
            Assert.Equal(["mean", "probabilityOfTarget"], stream.Value.EnumerateObject().Select(p => p.Name));
        }

        Assert.Equal(20000, root.GetProperty("trials").GetInt32());
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(5000, root.GetProperty("target").GetDouble());
    }

    [Fact]
    public void Simulate_SeedScenario_MeansMatchClosedFormsWithinFourStandardErrors()
    {
        const int n = 20000;
        var root = Json(Seed, "--trials", "20000");
        var se = root.GetProperty("std").GetDouble() / Math.Sqrt(n);
        Assert.InRange(root.GetProperty("mean").GetDouble(), 4736.143125 - (4 * se), 4736.143125 + (4 * se));
        var p = root.GetProperty("probabilityOfTarget").GetDouble();
        Assert.Equal(Math.Sqrt(p * (1 - p) / n), root.GetProperty("probabilityStdError").GetDouble(), 1e-12);
        Assert.True(root.GetProperty("p10").GetDouble() < root.GetProperty("p50").GetDouble());
        Assert.True(root.GetProperty("p50").GetDouble() < root.GetProperty("p90").GetDouble());
    }

    [Fact]
    public void Simulate_SameSeedDifferentThreads_SameNumbers()
    {
        static string Numbers(JsonElement e) => string.Join(",", e.EnumerateObject().Where(p => p.Name != "elapsedSeconds").Select(p => p.Value.GetRawText()));
        var one = Json(Seed, "--trials", "9000", "--threads", "1");
        var four = Json(Seed, "--trials", "9000", "--threads", "4");
        Assert.Equal(Numbers(one), Numbers(four));
        Assert.NotEqual(Numbers(one), Numbers(Json(Seed, "--trials", "9000", "--seed", "2")));
    }

    [Fact]
    public void Simulate_Text_SummaryWithProbabilityAndStreams()
    {
        var (code, output, _) = Run("simulate", Seed, "--trials", "5000");
        Assert.Equal(0, code);
        Assert.Contains("seed-2026: 5,000 trials, seed 1, Monte Carlo", output, StringComparison.Ordinal);
        Assert.Contains("P(total >= 5,000 萬元) = ", output, StringComparison.Ordinal);
        foreach (var name in new[] { "repurchase", "newCustomers", "newProduct", "total", "Manifest: scenario sha256" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Simulate_PlanScenarioWithLatinHypercube_ReportsCorrelations()
    {
        var (code, output, error) = Run("simulate", RepoPaths.Data("plc-2026", "scenario.json"), "--trials", "5000", "--sampler", "lhs");
        Assert.True(code == 0, error);
        Assert.Contains("Latin hypercube", output, StringComparison.Ordinal);
        Assert.Contains("market ~ newCustomers.3c.winRate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Monthly_TwelveMonthsPerStreamAddingUpToEachTrialsStream()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-monthly-");
        try
        {
            var (monthly, samples) = (Path.Combine(folder.FullName, "monthly.csv"), Path.Combine(folder.FullName, "trials.csv"));
            var plc = RepoPaths.Data("plc-2026", "scenario.json");
            var (code, _, error) = Run("simulate", plc, "--trials", "200", "--seed", "4", "--monthly", monthly, "--samples", samples);
            Assert.True(code == 0, error);
            var lines = File.ReadAllLines(monthly);
            Assert.Equal("trial,month,stream,amount", lines[0]);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.Equal(200 * 12 * 3, rows.Length);
            Assert.Equal(Enumerable.Range(1, 12), rows.Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());

            // Each trial's months add up to the annual stream --samples writes for the same trial.
            var header = File.ReadAllLines(samples)[0].Split(',');
            foreach (var trial in File.ReadAllLines(samples).Skip(1).Select(l => l.Split(',')).Take(20))
            {
                for (var s = 1; s <= 3; s++)
                {
                    var months = rows.Where(r => r[0] == trial[0] && r[2] == header[s]).Sum(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture));
                    var annual = double.Parse(trial[s], System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal(annual, months, 1e-9 * Math.Max(1, annual));
                }
            }

            Assert.Contains("phasing", CliRunner.AssertBadInput(Run("simulate", Seed, "--trials", "10", "--monthly", Path.Combine(folder.FullName, "m2.csv"))), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_Samples_WritesOneRowPerTrialAndAManifest()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-");
        try
        {
            var file = Path.Combine(folder.FullName, "trials.csv");
            var (code, _, error) = Run("simulate", Seed, "--trials", "1000", "--samples", file);
            Assert.True(code == 0, error);
            var lines = File.ReadAllLines(file);
            Assert.Equal("trial,repurchase,newCustomers,newProduct,total", lines[0]);
            Assert.Equal(1001, lines.Length);
            var row = lines[500].Split(',').Select(f => double.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(500, row[0]);
            Assert.Equal(row[1] + row[2] + row[3], row[4], 1e-9 * row[4]);
            var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "trials.manifest.json"))).RootElement;
            Assert.Equal(1000, manifest.GetProperty("trials").GetInt32());
            Assert.Equal(64, manifest.GetProperty("scenarioHash").GetString()!.Length);
            Assert.Empty(folder.GetFiles("*.tmp"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_SamplesOverScenario_RefusedAndScenarioUntouched()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-");
        try
        {
            var scenario = Path.Combine(folder.FullName, "s.json");
            File.Copy(Seed, scenario);
            var before = File.ReadAllBytes(scenario);
            var (code, _, error) = Run("simulate", scenario, "--trials", "100", "--samples", scenario);
            Assert.Equal(2, code);
            Assert.Contains("refusing to write over an input file of this run", error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(scenario));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_SamplesFileExists_RefusedBeforeSimulatingEvenWhenForcedUnlessARunWroteIt()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-");
        try
        {
            var file = Path.Combine(folder.FullName, "samples.csv");
            File.WriteAllText(file, "keep me");
            var (code, output, error) = Run("simulate", Seed, "--trials", "100", "--samples", file);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("refusing to overwrite", error, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(file));

            // Issue 12: --force replaces only a file a previous run wrote, never the user's own.
            Assert.Equal(2, Run("simulate", Seed, "--trials", "100", "--samples", file, "--force").Code);
            Assert.Equal("keep me", File.ReadAllText(file));
            File.Delete(file);
            Assert.Equal(0, Run("simulate", Seed, "--trials", "10", "--samples", file).Code);
            Assert.Equal(0, Run("simulate", Seed, "--trials", "100", "--samples", file, "--force").Code);
            Assert.Equal(101, File.ReadAllLines(file).Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_FormulaLikeStreamName_RefusedAsAName()
    {
        // Names never reach a CSV as formulas: the loader admits identifiers only (and the CSV
        // writer would neutralise one anyway: SamplesCsvTests).
        var folder = Directory.CreateTempSubdirectory("simulate-");
        try
        {
            var scenario = Path.Combine(folder.FullName, "s.json");
            File.WriteAllText(scenario, File.ReadAllText(Seed).Replace("\"newProduct\": {", "\"=HYPERLINK(1)\": {", StringComparison.Ordinal));
            var (code, _, error) = Run("simulate", scenario, "--trials", "10");
            Assert.Equal(2, code);
            Assert.Contains("\"=HYPERLINK(1)\" is not a valid name for a stream", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_BadScenario_FileLineColumnExitTwoNoStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-");
        try
        {
            var scenario = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(scenario, File.ReadAllText(Seed).Replace("\"mean\": 150, \"cv\": 0.3", "\"mean\": 150, \"cv\": -0.3", StringComparison.Ordinal));
            var line = File.ReadAllLines(scenario).ToList().FindIndex(l => l.Contains("-0.3", StringComparison.Ordinal)) + 1;
            var (code, output, error) = Run("simulate", scenario);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains($"{scenario}:{line}: column ", error, StringComparison.Ordinal);
            Assert.Contains("cv must be a finite number > 0; was -0.3", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Simulate_MissingScenario_ExitTwo()
    {
        var (code, _, error) = Run("simulate", "no-such-file.json");
        Assert.Equal(2, code);
        Assert.Contains("no-such-file.json: file not found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--trials", "0", "--trials must be a whole number in [1, 100000000]")]
    [InlineData("--threads", "0", "--threads must be a whole number in [1, 1024]")]
    [InlineData("--seed", "-1", "--seed must be a whole number in [0,")]
    [InlineData("--sampler", "sobol", "--sampler must be one of mc, lhs")]
    public void Simulate_BadOption_UsageErrorExitTwo(string option, string value, string fragment)
    {
        var (code, _, error) = Run("simulate", Seed, option, value);
        Assert.Equal(2, code);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.Contains("usage: analytics simulate SCENARIO", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_NoScenario_UsageError()
    {
        var (code, _, error) = Run("simulate");
        Assert.Equal(2, code);
        Assert.Contains("missing the scenario file", error, StringComparison.Ordinal);
    }

    // Self-contained helpers (CliApp in-process, the repository's data folder) so this file does
    // not depend on the shared test helpers, whose names differ between branches.
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Scenario(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found"), "data", "scenarios", file);
    }
}
