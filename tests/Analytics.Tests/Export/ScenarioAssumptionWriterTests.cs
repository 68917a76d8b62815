using System.Text;
using Analytics.Common;
using Analytics.Export;
using Analytics.Scenarios;
using Analytics.Scenarios.Editing;
using Analytics.TestSupport;

namespace Analytics.Tests.Export;

public sealed class ScenarioAssumptionWriterTests : IDisposable
{
    private static readonly AssumptionValue Value = new("{ \"dist\": \"beta\", \"a\": 16.2, \"b\": 88.1 }", "fitted from leads.csv rows 2-13: 3c");

    private readonly string _dir = Directory.CreateTempSubdirectory("scenario-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(byte[]? prefix = null)
    {
        var path = Path.Combine(_dir, "plc.json");
        File.WriteAllBytes(path, [.. prefix ?? [], .. File.ReadAllBytes(RepoPaths.Data("plc-2026", "scenario.json"))]);
        return path;
    }

    [Fact]
    public void Apply_FirstEdit_BackupOfTheOriginalThenTheEditedFileLoads()
    {
        var path = Copy();
        var original = File.ReadAllBytes(path);
        var (edit, backup) = ScenarioAssumptionWriter.Apply(path, "newCustomers.3c.winRate", Value, false, [Path.Combine(_dir, "leads.csv")]);
        Assert.Equal(path + ".bak", backup);
        Assert.Equal(original, File.ReadAllBytes(backup!));
        Assert.Equal(edit.Text, File.ReadAllText(path));
        ScenarioLoader.Load(path);

        // A second edit keeps the first backup: it is the file before any fit.
        var (_, second) = ScenarioAssumptionWriter.Apply(path, "newCustomers.lithium.winRate", Value, false, []);
        Assert.Null(second);
        Assert.Equal(original, File.ReadAllBytes(backup!));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Apply_ByteOrderMark_Kept()
    {
        var path = Copy([0xEF, 0xBB, 0xBF]);
        ScenarioAssumptionWriter.Apply(path, "newCustomers.3c.winRate", Value, false, []);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.NotEqual(0xEF, bytes[3]);
        Assert.Contains("H1: fitted", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ScenarioIsTheDataFile_RefusedAndNothingWritten()
    {
        var path = Copy();
        var before = File.ReadAllBytes(path);
        Assert.Throws<IOException>(() => ScenarioAssumptionWriter.Apply(path, "newCustomers.3c.winRate", Value, false, [path]));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".bak"));
    }

    [Fact]
    public void Apply_Refused_NoBackupAndFileUnchanged()
    {
        var path = Copy();
        var before = File.ReadAllBytes(path);
        Assert.Throws<InputException>(() => ScenarioAssumptionWriter.Apply(path, "market", Value, false, []));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".bak"));
    }

    [Fact]
    public void Apply_MissingScenario_InputError()
        => Assert.Contains("file not found", Assert.Throws<InputException>(() => ScenarioAssumptionWriter.Apply(Path.Combine(_dir, "none.json"), "market", Value, false, [])).Message, StringComparison.Ordinal);
}
