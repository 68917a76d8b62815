using System.Globalization;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Analytics.Export;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Hardening;

/// <summary>
/// The thirteen defects of issue 12 (hostile and runaway inputs), each through the real command line:
/// what a hostile user tried, and what the toolkit must answer now.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string Seed = RepoPaths.Data("scenarios", "seed-2026.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A one-stream scenario whose single component is <paramref name="component"/> (its JSON object), written with one key a line.</summary>
    private string Scenario(string name, string component, string scenarioName = "hostile")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, $$"""
            {
              "scenario": "{{scenarioName}}",
              "target": 100,
              "streams": {
                "s": {
                  "target": 100,
                  "components": {
                    "c": {{component}}
                  }
                }
              }
            }
            """);
        return path;
    }

    [Theory]
    [InlineData("""{ "model": "renewalTier", "customers": 2147483647, "renewalProbability": 0.5, "orderValue": 1 }""")]
    [InlineData("""{ "model": "orderPool", "count": { "dist": "binomial", "n": 2000000000, "p": 0.5 }, "orderValue": 1 }""")]
    [InlineData("""{ "model": "orderPool", "count": { "dist": "poisson", "mean": 1e9 }, "orderValue": 1 }""")]
    [InlineData("""{ "model": "orderPool", "count": { "dist": "discreteUniform", "min": 0, "max": 2000000000 }, "orderValue": 1 }""")]
    public void Defect01_CountsThatCannotBeDrawnInBoundedTime_RefusedAtLoadWithTheirLine(string component)
    {
        var file = Scenario("big.json", component);
        var err = CliRunner.AssertBadInput(CliRunner.Run("simulate", file));
        Assert.StartsWith($"analytics simulate: {file}:8: column ", err, StringComparison.Ordinal);
        Assert.Contains("a trial on average, more than the 1e+08 a component may draw in one trial", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect01_WorkAboveTheLimit_RefusedBeforeAnyTrialWithCostAndRemedy()
    {
        // 200,000 orders a trial x 100,000 trials = 2e10 draws, twice the limit: refused at once, naming
        // the line of the count, the cost and the trials that fit; the trials that fit then run.
        var file = Scenario("pool.json", """{ "model": "orderPool", "count": { "dist": "poisson", "mean": 200000 }, "orderValue": 1 }""");
        var watch = Stopwatch.StartNew();
        var err = CliRunner.AssertBadInput(CliRunner.Run("simulate", file));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the refusal took {watch.Elapsed}");
        Assert.StartsWith($"analytics simulate: {file}:8: simulate would make about 2e+10 random draws", err, StringComparison.Ordinal);
        Assert.Contains("\"s.c.count\" on this line", err, StringComparison.Ordinal);
        Assert.Contains("; expected at most 1e+10 draws: lower --trials to 49,999 or less", err, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("simulate", file, "--trials", "10").Code);
    }

    [Fact]
    public void Defect02_SamplesWithForceOverAPlanFile_RefusedAndThePlanStillLoads()
    {
        using var plan = new TempPlanFolder();
        var targets = plan.File("targets.csv");
        var before = File.ReadAllBytes(targets);
        var err = CliRunner.AssertBadInput(CliRunner.Run("simulate", Seed, "--trials", "100", "--samples", targets, "--force"));
        Assert.Contains($"{targets}: the file exists and was not written by analytics; refusing to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(targets));
        Assert.Equal(1, CliRunner.Run("audit", plan.Path).Code); // loads (the shipped plan's two audit errors)
    }

    [Fact]
    public void Defect02_SamplesWithForce_ReplacesWhatAPreviousRunWrote()
    {
        var samples = Path.Combine(_dir, "samples.csv");
        Assert.Equal(0, CliRunner.Run("simulate", Seed, "--trials", "100", "--samples", samples).Code);
        Assert.True(Provenance.IsOurs(samples));
        Assert.Equal(0, CliRunner.Run("simulate", Seed, "--trials", "50", "--samples", samples, "--force").Code);
        Assert.Equal(51, File.ReadAllLines(samples).Length);
        File.AppendAllText(samples, "edited by hand\n");
        Assert.Contains("was not written by analytics", CliRunner.AssertBadInput(CliRunner.Run("simulate", Seed, "--trials", "50", "--samples", samples, "--force")), StringComparison.Ordinal);
    }

    [Fact]
    public void Defect03_PngOverTheUsersOwnFile_RefusedAndKept()
    {
        var charts = Path.Combine(_dir, "charts");
        Directory.CreateDirectory(charts);
        var mine = Path.Combine(charts, "decomposition.png");
        File.WriteAllText(mine, "my own picture");
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--no-simulation", "--out", Path.Combine(_dir, "r.html"), "--png", charts));
        // Without a local Chromium the command stops earlier, saying so; with one, before the first screenshot.
        Assert.True(err.Contains($"{mine}: the file exists and was not written by analytics", StringComparison.Ordinal) || err.Contains("Chromium", StringComparison.Ordinal), err);
        Assert.Equal("my own picture", File.ReadAllText(mine));
        Assert.DoesNotContain(Directory.GetFiles(charts), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static readonly string[] OverflowCommands = ["simulate", "splits", "trigger", "budget", "sensitivity", "goalseek"];

    [Fact]
    public void Defect04_TwoOrdersOf1e308_TheSameAnswerFromEveryCommand()
    {
        var file = Scenario("inf.json", """{ "model": "orderPool", "count": 2, "orderValue": 1e308 }""");
        var expected = $"{file}:8: column 64: \"orderValue\" is Constant(1E+308), which reaches 1e+308 萬元 in one draw in a billion, more than the 1e+12 萬元 an order may be";
        foreach (var command in OverflowCommands)
        {
            foreach (var format in new[] { "text", "json" })
            {
                string[] args = [command, file, "--format", format, .. command == "goalseek" ? new[] { "--input", "s.c.count" } : []];
                var err = CliRunner.AssertBadInput(CliRunner.Run(args));
                Assert.StartsWith($"analytics {command}: {expected}", err, StringComparison.Ordinal);
            }
        }

        var report = CliRunner.AssertBadInput(CliRunner.Run("report", RepoPaths.ShippedPlan, "--scenario", file, "--out", Path.Combine(_dir, "r.html")));
        Assert.StartsWith($"analytics report: {expected}", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defect05_AFifoWhoseReaderClosesEarly_WrittenDirectlyWithoutHanging()
    {
        var fifo = Path.Combine(_dir, "page.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // The reader takes the first bytes and goes away, as `| head` does.
        var reader = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            var buffer = new byte[100];
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        });
        var run = Task.Run(() => CliRunner.Run("report", RepoPaths.ShippedPlan, "--no-simulation", "--out", fifo));
        var (code, _, err) = await run.WaitAsync(TimeSpan.FromSeconds(120)); // a TimeoutException if it hangs
        Assert.Equal(100, await reader.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(code is 0 or 2, err);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.Equal([fifo], Directory.GetFileSystemEntries(_dir)); // written directly: no temporary, no record
    }

    [Fact]
    public async Task Defect05_AFifoReadToTheEnd_GetsTheWholePageAndTheMessageSaysItsSize()
    {
        var fifo = Path.Combine(_dir, "whole.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
        var (code, _, err) = await Task.Run(() => CliRunner.Run("report", RepoPaths.ShippedPlan, "--no-simulation", "--out", fifo)).WaitAsync(TimeSpan.FromSeconds(120));
        var page = await reader.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, code);
        Assert.EndsWith("</html>\n", Encoding.UTF8.GetString(page), StringComparison.Ordinal);
        // The size is what was written, not the length of the FIFO (always 0).
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Wrote {fifo} ({page.Length / 1e6:0.0} MB,"), err, StringComparison.Ordinal);
        Assert.True(page.Length > 100_000);
    }

    [Fact]
    public void Defect06_AFolderThatCannotBeWritten_RefusedBeforeTheWorkNamingTheUsersPath()
    {
        var watch = Stopwatch.StartNew();
        var (code, output, err) = CliRunner.Run("report", RepoPaths.ShippedPlan, "--out", "/proc/r.html");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("analytics report: /proc/r.html: cannot be written", err, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated", err, StringComparison.Ordinal); // nothing ran
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));

        var longName = Path.Combine(_dir, new string('x', 300) + ".csv");
        var tooLong = CliRunner.AssertBadInput(CliRunner.Run("simulate", Seed, "--trials", "10", "--samples", longName));
        Assert.Contains("the file name is 304 bytes long, more than the 255 a file name may have", tooLong, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect07_CustomersAtTheIntegerLimitWithCertainRenewal_RefusedAtLoadNotADefect()
    {
        var file = Scenario("limit.json", """{ "model": "renewalTier", "customers": 2147483647, "renewalProbability": 1, "orderValue": 1 }""");
        var err = CliRunner.AssertBadInput(CliRunner.Run("simulate", file, "--trials", "1"));
        Assert.StartsWith($"analytics simulate: {file}:8: column 53: \"customers\" is 2.15e+09 a trial on average", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defect08_AFileCreatedAtTheOutputDuringTheRun_IsNotReplaced()
    {
        var samples = Path.Combine(_dir, "samples.csv");
        var run = Task.Run(() => CliRunner.Run("simulate", Seed, "--trials", "500000", "--samples", samples, "--quiet"));
        // While the samples are being written (their temporary exists), the user puts a file there.
        Assert.True(SpinWait.SpinUntil(() => Writing(_dir) is not null || run.IsCompleted, TimeSpan.FromMinutes(5)), "no temporary appeared");
        Assert.False(run.IsCompleted, "the run ended before its temporary was seen; raise the trials");
        File.WriteAllText(samples, "the user's file");
        var err = CliRunner.AssertBadInput(await run);
        Assert.Contains($"{samples}: a file appeared there while this run worked; it was not replaced", err, StringComparison.Ordinal);
        Assert.Equal("the user's file", File.ReadAllText(samples));
        Assert.Null(Temporary(_dir));
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Defect09_InterruptedWhileWriting_NoTemporaryLeft(string signal)
    {
        var samples = Path.Combine(_dir, "samples.csv");
        using var child = ChildProcess.Start("simulate", Seed, "--trials", "500000", "--samples", samples, "--quiet");
        Assert.True(SpinWait.SpinUntil(() => Writing(_dir) is not null || child.HasExited, TimeSpan.FromMinutes(5)), "no temporary appeared");
        Assert.False(child.HasExited, "the run ended before its temporary was seen; raise the trials");
        using (var kill = Process.Start("kill", $"-{signal} {child.Id}"))
        {
            kill.WaitForExit();
        }

        Assert.True(child.WaitForExit(TimeSpan.FromSeconds(60)), "the child did not stop");
        Assert.NotEqual(0, child.ExitCode);
        Assert.Null(Temporary(_dir));
        Assert.False(File.Exists(samples));
    }

    [Fact]
    public void Defect10_AnOptionGivenAsTheValueOfAnother_RefusedNamingBoth()
    {
        var (code, _, err) = CliRunner.RunIn(_dir, null, "report", "--out", "--no-simulation");
        Assert.Equal(2, code);
        Assert.Contains("the option --out needs a value (FILE.html), but it is followed by the option --no-simulation", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "--no-simulation")));
        Assert.False(File.Exists("--no-simulation"));

        var generate = CliRunner.AssertBadInput(CliRunner.Run("generate", "customers", "--out", "--force"));
        Assert.Contains("the option --out needs a value (FILE|DIR), but it is followed by the option --force", generate, StringComparison.Ordinal);
        Assert.False(File.Exists("--force"));
    }

    [Fact]
    public void Defect11_RunsThatWouldNotFitInMemory_RefusedBeforeAnyTrial()
    {
        var trigger = CliRunner.AssertBadInput(CliRunner.Run("trigger", RepoPaths.ShippedPlan, "--trials", "100000000"));
        Assert.Contains("trigger would keep about ", trigger, StringComparison.Ordinal);
        Assert.Contains("GiB of memory for its trials", trigger, StringComparison.Ordinal);
        Assert.Contains("more than the 4 GiB one command may keep; expected at most 4 GiB: lower --trials to ", trigger, StringComparison.Ordinal);

        // 10,000 streams of one order each: few draws, but 10,001 columns of 100,000 trials.
        var text = new StringBuilder("{ \"scenario\": \"wide\", \"target\": 10000, \"streams\": {\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"s{i}\": {{ \"target\": 1, \"components\": {{ \"c\": {{ \"model\": \"orderPool\", \"count\": 1, \"orderValue\": 1 }} }} }},\n");
        }

        var wide = Path.Combine(_dir, "wide.json");
        File.WriteAllText(wide, text.Append("} }\n").ToString());
        var simulate = CliRunner.AssertBadInput(CliRunner.Run("simulate", wide));
        Assert.StartsWith($"analytics simulate: {wide}: simulate would keep about 14.9 GiB of memory for its trials (160,016 bytes a trial x 100,000 trials, for 10,000 streams)", simulate, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect12_EmptyOptionValue_NamesTheOption()
    {
        var err = CliRunner.AssertBadInput(CliRunner.Run("report", "--out", ""));
        Assert.Contains("the option --out needs a value (FILE.html); was empty", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect12_Utf16BigEndianJsonWithoutMark_ToldAsSuch()
    {
        var file = Path.Combine(_dir, "utf16.json");
        File.WriteAllBytes(file, new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(File.ReadAllText(Seed)));
        var err = CliRunner.AssertBadInput(CliRunner.Run("simulate", file));
        Assert.Contains($"{file}: the file looks like UTF-16 (big-endian) without a byte-order mark", err, StringComparison.Ordinal);
        Assert.DoesNotContain("CSV", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect12_GoalSeekRangeThatOverflows_SaysWhichOptions()
    {
        var err = CliRunner.AssertBadInput(CliRunner.Run("goalseek", Seed, "--input", "market", "--min", "-1e308", "--max", "1e308"));
        Assert.Contains("--min -1e308 and --max 1e308 span a range too wide to search", err, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect12_SimulateJson_HasTheCorrelationsTheTextShows()
    {
        var (code, output, err) = CliRunner.Run("simulate", RepoPaths.ShippedPlan + "/scenario.json", "--trials", "8192", "--format", "json");
        Assert.True(code == 0, err);
        var text = CliRunner.Run("simulate", RepoPaths.ShippedPlan + "/scenario.json", "--trials", "8192").Out;
        var correlations = JsonDocument.Parse(output).RootElement.GetProperty("correlations").EnumerateArray().ToArray();
        Assert.NotEmpty(correlations);
        foreach (var c in correlations)
        {
            var between = c.GetProperty("between").EnumerateArray().Select(e => e.GetString()).ToArray();
            var row = text.Split('\n').Single(l => l.StartsWith($"{between[0]} ~ {between[1]} ", StringComparison.Ordinal));
            var figures = row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..];
            Assert.Equal(figures, new[] { "requested", "used", "achieved" }.Select(k => c.GetProperty(k).GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Defect13_ControlCharactersFromAScenarioOrAPlan_ReachTheTerminalEscaped()
    {
        var file = Scenario("esc.json", """{ "model": "orderPool", "count": 2, "orderValue": 30 }""", "x\\u001b]0;pwned\\u0007y");
        var (code, output, err) = CliRunner.Run("simulate", file, "--trials", "100");
        Assert.True(code == 0, err);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("x\\u001B]0;pwned\\u0007y: 100 trials", output, StringComparison.Ordinal);
        var json = CliRunner.Run("simulate", file, "--trials", "100", "--format", "json").Out;
        Assert.DoesNotContain('\u001b', json);

        using var plan = new TempPlanFolder();
        plan.Replace("people.csv", "Sales director", "Sales \u001b[2Jdirector");
        var audit = CliRunner.Run("plan", plan.Path);
        Assert.DoesNotContain('\u001b', audit.Out + audit.Err);
    }

    private static string? Temporary(string folder)
        => Directory.GetFiles(folder, ".*.tmp").FirstOrDefault();

    // The samples' temporary once a megabyte of them is written (not the one-byte probe made before the work).
    private static string? Writing(string folder)
        => Directory.GetFiles(folder, ".samples.csv.*.tmp").FirstOrDefault(f => new FileInfo(f).Length > (1 << 20));
}
