using Analytics.Common;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Tests.Loading;

public sealed class PlanSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("analytics-plan-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Of_AFolder_ItsTablesFolderAndName()
    {
        var plan = PlanSource.Of(RepoPaths.ShippedPlan);
        Assert.False(plan.IsWorkbook);
        Assert.Equal(RepoPaths.ShippedPlan, plan.Folder);
        Assert.Equal("plc-2026", plan.Name);
        Assert.Equal(16, plan.Files.Count);
        Assert.Contains(Path.Combine(RepoPaths.ShippedPlan, "targets.csv"), plan.Files);
    }

    [Fact]
    public void Of_AWorkbook_ItsFolderIsTheOneHoldingIt()
    {
        var path = Path.Combine(_folder, "acme.XLSX");
        File.WriteAllBytes(path, [1]);
        var plan = PlanSource.Of(path);
        Assert.True(plan.IsWorkbook);
        Assert.Equal(_folder, plan.Folder);
        Assert.Equal("acme", plan.Name);
        Assert.Equal([path], plan.Files);
    }

    [Theory]
    [InlineData("none", "plan folder not found")]
    [InlineData("none.xlsx", "plan workbook not found")]
    public void Of_Nothing_NotFound(string name, string problem)
        => Assert.Contains(problem, Assert.Throws<InputException>(() => PlanSource.Of(Path.Combine(_folder, name))).Message, StringComparison.Ordinal);

    [Fact]
    public void Of_ALegacyXls_AsksForXlsx()
    {
        var path = Path.Combine(_folder, "old.xls");
        File.WriteAllBytes(path, [1]);
        Assert.Contains("a legacy .xls workbook: save it as .xlsx", Assert.Throws<InputException>(() => PlanSource.Of(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenTables_AFolder_ReadsItsCsvFiles()
    {
        using var tables = PlanSource.Of(RepoPaths.ShippedPlan).OpenTables();
        Assert.True(tables.Has(PlanFiles.Targets));
        Assert.Equal(Path.Combine(RepoPaths.ShippedPlan, "targets.csv"), tables.Describe(PlanFiles.Targets));
    }
}
