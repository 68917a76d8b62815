using System.Globalization;
using System.Text;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Hardening;

/// <summary>
/// The corpus of hostile inputs in tests/corpus (see its README): every file kind the toolkit
/// reads, each case run through the real command. A rejected case must exit 2 with a message that
/// names the file and line (and what was expected) and no stack trace; an accepted case must read
/// correctly (the command's normal output appears).
/// </summary>
public class CorpusTests
{
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "corpus");

    private static readonly CsvSchema Schema = new("id", "kind", "file", "target", "expect", "line", "fragment", "note");

    private static readonly IReadOnlyDictionary<string, TableRow> Cases =
        CsvTable.Load(Path.Combine(Corpus, "cases.csv"), Schema).Rows.ToDictionary(r => r.Text("id"), StringComparer.Ordinal);

    public static TheoryData<string> CaseIds => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_RejectedWithLocationOrReadCorrectly(string id)
    {
        var c = Cases[id];
        var file = Path.Combine(Corpus, c.Text("file"));
        Assert.True(File.Exists(file), $"corpus file {file} is missing");
        using var plan = new TempPlanFolder();
        string path;
        (int Code, string Out, string Err) result;
        switch (c.Text("kind"))
        {
            case "plan":
                path = plan.File(c.Text("target"));
                plan.WriteBytes(c.Text("target"), File.ReadAllBytes(file));
                result = CliRunner.Run("audit", plan.Path);
                break;
            case "scenario":
                path = file;
                result = CliRunner.Run("simulate", file, "--trials", "2000");
                break;
            case "fit":
                path = file;
                result = CliRunner.Run("fit", c.Text("target"), file);
                break;
            default:
                throw new InvalidOperationException($"unknown kind in case {id}");
        }

        var fragment = c.Text("fragment");
        if (c.Text("expect") == "reject")
        {
            var err = CliRunner.AssertBadInput(result);
            var line = c.Integer("line", 0, 1_000_000);
            Assert.Contains(line > 0 ? $"{path}:{line.ToString(CultureInfo.InvariantCulture)}: " : $"{path}: ", err, StringComparison.Ordinal);
            Assert.Contains(fragment, err, StringComparison.Ordinal);
            Assert.True(err.Contains("expected", StringComparison.Ordinal) || err.Contains("must be", StringComparison.Ordinal), $"the message does not say what was expected: {err}");
        }
        else
        {
            Assert.True(result.Code is 0 or 1, $"accepted case {id} exited {result.Code}: {result.Err}");
            Assert.Contains(fragment, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Corpus_EveryFileHasACase()
    {
        var listed = Cases.Values.Select(c => c.Text("file").Replace('/', Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f))
            .Where(f => f != "cases.csv" && f != "README.md");
        Assert.All(files, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void Customers_100kRows_ReadCompletelyAndAudited()
    {
        // A CRM export far larger than the plan expects: read every row, then the audit says so.
        using var plan = new TempPlanFolder();
        var text = new StringBuilder("id,name_zh,tier,industry,region,install_year,renewal_cycle_years,renewal_order\n");
        for (var i = 1; i <= 100_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"K{i},客戶{i},{(char)('A' + (i % 3))},3c,south,{2018 + (i % 8)},6,{10 + (i % 3)}\n");
        }

        plan.Write("customers.csv", text.ToString());
        var (code, output, _) = CliRunner.Run("audit", plan.Path);
        Assert.Equal(1, code);
        Assert.Contains("The customer list has 100000 customers but the plan states 200", output, StringComparison.Ordinal);
    }
}
