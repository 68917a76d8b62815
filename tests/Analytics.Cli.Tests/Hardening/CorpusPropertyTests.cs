using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Hardening;

/// <summary>
/// The property behind the corpus (tests/corpus): every command that reads a kind of file, run on every
/// corpus file of that kind at its default trials, ends with exit 0, 1 or 2 (never a defect, never a stack
/// trace) within <see cref="Bound"/>. The runs go two at a time; each is timed on its own.
/// The bound holds for every run except the simulations of a scenario the corpus accepts (a copy of
/// the reference scenario at its default 100,000 trials is the command's ordinary work: goalseek
/// takes about 27 s of processor time in a Debug build); those are held to exit 0, 1 or 2 only,
/// their cost being bounded by the work limits checked before any trial (ScenarioLimits).
/// </summary>
public class CorpusPropertyTests
{
    /// <summary>How long one command may take on one corpus file.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "corpus");

    private static readonly CsvSchema Schema = new("id", "kind", "file", "target", "expect", "line", "fragment", "note");

    [Fact]
    public void EveryCommand_OnEveryCorpusFile_ExitsZeroOneOrTwoWithinTheBound()
    {
        var cases = CsvTable.Load(Path.Combine(Corpus, "cases.csv"), Schema).Rows.SelectMany(Runs).ToArray();
        var outcomes = new ConcurrentBag<string>();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, run =>
        {
            var watch = Stopwatch.StartNew();
            var (code, _, err) = run.Run();
            var elapsed = watch.Elapsed;
            if (code is not (0 or 1 or 2) || err.Contains("   at ", StringComparison.Ordinal) || (run.Timed && elapsed > Bound))
            {
                outcomes.Add(string.Create(CultureInfo.InvariantCulture, $"{run.Name}: exit {code} after {elapsed.TotalSeconds:0.0} s: {err}"));
            }
        });
        Assert.True(outcomes.IsEmpty, string.Join("\n", outcomes));
        Assert.True(cases.Length > 200, $"only {cases.Length} runs");
    }

    // Every command that reads the case's kind of file, on it.
    private static IEnumerable<(string Name, bool Timed, Func<(int, string, string)> Run)> Runs(TableRow c)
    {
        var id = c.Text("id");
        var file = Path.Combine(Corpus, c.Text("file"));
        var timed = c.Text("kind") != "scenario" || c.Text("expect") != "accept";
        switch (c.Text("kind"))
        {
            case "scenario":
                foreach (var command in new[] { "simulate", "splits", "sensitivity", "trigger", "budget" })
                {
                    yield return ($"{command} {id}", timed, () => CliRunner.Run(command, file, "--quiet"));
                }

                yield return ($"goalseek {id}", timed, () => CliRunner.Run("goalseek", file, "--input", "market", "--quiet"));
                yield return ($"report {id}", timed, () =>
                {
                    var page = Path.Combine(Path.GetTempPath(), "corpus-" + Guid.NewGuid().ToString("N") + ".html");
                    try
                    {
                        return CliRunner.Run("report", RepoPaths.ShippedPlan, "--scenario", file, "--out", page, "--quiet");
                    }
                    finally
                    {
                        File.Delete(page);
                    }
                });
                break;
            case "plan":
                foreach (var command in new[] { "audit", "plan", "growth", "report" })
                {
                    yield return ($"{command} {id}", true, () =>
                    {
                        using var plan = new TempPlanFolder();
                        plan.WriteBytes(c.Text("target"), File.ReadAllBytes(file));
                        return command == "report"
                            ? CliRunner.Run("report", plan.Path, "--no-simulation", "--out", plan.File("report.html"))
                            : CliRunner.Run(command, plan.Path);
                    });
                }

                break;
            default:
                yield return ($"fit {id}", true, () => CliRunner.Run("fit", c.Text("target"), file));
                break;
        }
    }
}
