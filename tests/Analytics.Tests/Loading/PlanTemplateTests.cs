using Analytics.Audit;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public sealed class PlanTemplateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-template-" + Guid.NewGuid().ToString("N"));

    public PlanTemplateTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var table in PlanTemplate.Tables)
        {
            File.WriteAllText(Path.Combine(_folder, table.File), table.ToCsv());
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Tables_EveryPlanFileRequiredAndOptional_OnceEach()
        => Assert.Equal([.. PlanFiles.All, .. PlanFiles.Optional], PlanTemplate.Tables.Select(t => t.File));

    [Fact]
    public void Tables_ColumnsAreTheLoadersOwn_EveryRowAsWideAsItsHeader()
    {
        Assert.Equal(["id", "parent", "level", "industry", "region", "name_zh", "name_en", "amount", "share", "kind", "last_year", "source"], PlanTemplate.Table(PlanFiles.Targets).Columns);
        Assert.All(PlanTemplate.Tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Count)));
        Assert.All(PlanTemplate.Tables, t => Assert.NotEmpty(t.Rows));
    }

    [Fact]
    public void Tables_EveryRowWithASourceColumn_SaysItIsAnExample()
    {
        foreach (var table in PlanTemplate.Tables.Where(t => t.Columns.Contains("source")))
        {
            var at = table.Columns.ToList().IndexOf("source");
            Assert.All(table.Rows, r => Assert.StartsWith("example row", r[at], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Load_TemplateWritten_APlanOfThreeLinesOneNewProductTwoRoles()
    {
        var plan = PlanLoader.Load(_folder);
        Assert.Equal(1000m, plan.Root.Amount);
        Assert.Equal(3, plan.Lines.Count);
        Assert.Equal(0.10m, plan.ProductFacts("new_product").MarginUplift);
        Assert.Equal(["director", "channel_specialist"], plan.Roles.Select(r => r.Id));
        Assert.Equal(PlanTemplate.ExampleSource, plan.Root.SourceNote);
    }

    [Fact]
    public void Audit_TemplateWritten_NoErrorNoWarningAndItsFiguresExplained()
    {
        var report = PlanAuditor.Audit(PlanLoader.Load(_folder));
        Assert.All(report.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(report.Findings, f => f.Message == "Growth: 1000 / 800 - 1 = 25%, as stated (25%).");
    }

    [Fact]
    public void ToCsv_ValueWithACommaOrQuote_Quoted()
        => Assert.Equal("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", new TemplateTable("t.csv", ["a", "b"], [["x,y", "say \"hi\""]]).ToCsv());

    [Fact]
    public void Table_UnknownFile_Throws()
        => Assert.Throws<KeyNotFoundException>(() => PlanTemplate.Table("nope.csv"));
}
