using Analytics.Loading;

namespace Analytics.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-init-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Init_NewFolder_EveryTableWrittenAndTheAuditPasses()
    {
        var (code, _, err) = CliRunner.Run("init", _folder);
        Assert.Equal(0, code);
        Assert.Contains("Wrote 16 tables", err, StringComparison.Ordinal);
        Assert.All(PlanTemplate.Tables, t => Assert.Equal(t.ToCsv(), File.ReadAllText(Path.Combine(_folder, t.File))));
        var audit = CliRunner.Run("audit", _folder);
        Assert.Equal(0, audit.Code);
        Assert.Contains("0 error(s), 0 warning(s)", audit.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_EmptyFolder_Written()
    {
        Directory.CreateDirectory(_folder);
        Assert.Equal(0, CliRunner.Run("init", _folder).Code);
        Assert.True(File.Exists(Path.Combine(_folder, PlanFiles.Targets)));
    }

    [Fact]
    public void Init_FolderNotEmpty_RefusedAndNothingTouched()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, PlanFiles.Targets), "mine");
        var err = CliRunner.AssertBadInput(CliRunner.Run("init", _folder));
        Assert.Contains("the folder is not empty", err, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_folder, PlanFiles.Targets)));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Init_NoFolder_UsageError()
        => Assert.Equal(2, CliRunner.Run("init").Code);

    [Fact]
    public void Init_Xlsx_TheTemplateAsAWorkbookTheAuditPasses()
    {
        Directory.CreateDirectory(_folder);
        var workbook = Path.Combine(_folder, "acme.xlsx");
        var (code, _, err) = CliRunner.Run("init", "--xlsx", workbook);
        Assert.Equal(0, code);
        Assert.Contains("16 sheets (facts, industries, regions, targets,", err, StringComparison.Ordinal);
        var audit = CliRunner.Run("audit", workbook);
        Assert.Equal(0, audit.Code);
        Assert.Contains("0 error(s), 0 warning(s)", audit.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_XlsxOverAFileTheUserMade_RefusedAndUntouched()
    {
        Directory.CreateDirectory(_folder);
        var workbook = Path.Combine(_folder, "acme.xlsx");
        File.WriteAllText(workbook, "mine");
        CliRunner.AssertBadInput(CliRunner.Run("init", "--xlsx", workbook));
        Assert.Equal("mine", File.ReadAllText(workbook));
    }

    [Fact]
    public void Init_XlsxNotAnXlsxName_UsageError()
        => Assert.Contains("is not an .xlsx file name", CliRunner.AssertBadInput(CliRunner.Run("init", "--xlsx", Path.Combine(_folder, "plan.xls"))), StringComparison.Ordinal);
}
