using Analytics.Audit;
using Analytics.Export;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Tests.Export;

public sealed class PlanConversionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("analytics-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("plc-2026")]
    [InlineData("servo-2026")]
    public void RoundTrip_ShippedPlanToWorkbookAndBack_SameTablesCellForCellAndTheSameFindings(string name)
    {
        var original = RepoPaths.Data(name);
        var workbook = Path.Combine(_folder, name + ".xlsx");
        var back = Path.Combine(_folder, name);
        PlanConversion.WriteWorkbook(workbook, PlanConversion.Tables(PlanSource.Of(original)));
        PlanConversion.WriteFolder(back, PlanConversion.Tables(PlanSource.Of(workbook)));

        // Every table the plan has, parsed from the original CSV and from the CSV the workbook gave: the same columns, rows and lines.
        foreach (var file in PlanFiles.All.Concat(PlanFiles.Optional).Where(f => File.Exists(Path.Combine(original, f))))
        {
            var schema = PlanFiles.SchemaOf(file);
            var before = CsvTable.Load(Path.Combine(original, file), schema);
            var after = CsvTable.Load(Path.Combine(back, file), schema);
            Assert.Equal(before.Columns, after.Columns);
            Assert.Equal(before.Rows.Select(r => r.Line), after.Rows.Select(r => r.Line));
            Assert.Equal(before.Rows.Select(r => before.Columns.Select(r.Raw).ToArray()), after.Rows.Select(r => after.Columns.Select(r.Raw).ToArray()));
        }

        Assert.Equal(
            PlanFiles.All.Concat(PlanFiles.Optional).Where(f => File.Exists(Path.Combine(original, f))).Order(StringComparer.Ordinal),
            Directory.GetFiles(back, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The audit reads the same plan from all three: its findings differ only in how their places are written.
        var fromCsv = Findings(original);
        Assert.NotEmpty(fromCsv);
        Assert.Equal(fromCsv, Findings(workbook));
        Assert.Equal(fromCsv, Findings(back));
        Assert.All(PlanAuditor.Audit(PlanLoader.Load(workbook)).Findings.Where(f => f.Location.Line > 0), f => Assert.NotNull(f.Location.Sheet));
    }

    [Fact]
    public void RoundTrip_ShippedPlan_FindingsCiteSheetRows()
    {
        var workbook = Path.Combine(_folder, "plc.xlsx");
        PlanConversion.WriteWorkbook(workbook, PlanConversion.Tables(PlanSource.Of(RepoPaths.ShippedPlan)));
        var phasing = PlanAuditor.Audit(PlanLoader.Load(workbook)).Findings.First(f => f.Rule == "phasing-quarter");
        Assert.Equal("phasing!5", phasing.Location.ToString()); // Q4 is line 5 of phasing.csv, row 5 of its sheet
        Assert.Equal("phasing.csv:5", PlanAuditor.Audit(Shipped.Plan).Findings.First(f => f.Rule == "phasing-quarter").Location.Cited);
    }

    [Fact]
    public void WriteWorkbook_AFileThatExists_RefusedAndUntouched()
    {
        var path = Path.Combine(_folder, "mine.xlsx");
        File.WriteAllText(path, "the user's own");
        Assert.Throws<IOException>(() => PlanConversion.WriteWorkbook(path, PlanTemplate.Tables));
        Assert.Equal("the user's own", File.ReadAllText(path));
    }

    [Fact]
    public void WriteFolder_AFolderThatHoldsAFile_RefusedAndUntouched()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "plan")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        Assert.Throws<IOException>(() => PlanConversion.WriteFolder(folder, PlanTemplate.Tables));
        Assert.Equal(["notes.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void DefaultOutput_BesideThePlanNamedLikeIt()
    {
        Assert.Equal(Path.Combine(RepoPaths.Root, "data", "plc-2026.xlsx"), Path.GetFullPath(PlanConversion.DefaultOutput(PlanSource.Of(RepoPaths.ShippedPlan), toWorkbook: true)));
        var workbook = Path.Combine(_folder, "acme.xlsx");
        PlanConversion.WriteWorkbook(workbook, PlanTemplate.Tables);
        Assert.Equal(Path.Combine(_folder, "acme"), Path.GetFullPath(PlanConversion.DefaultOutput(PlanSource.Of(workbook), toWorkbook: false)));
    }

    private static (string Rule, Severity Severity, string Text, int Line)[] Findings(string plan)
        => [.. PlanAuditor.Audit(PlanLoader.Load(plan)).Findings.Select(f => (f.Rule, f.Severity, f.Text.En, f.Location.Line))];
}
