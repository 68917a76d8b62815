using Analytics.Audit;
using Analytics.Decomposition;
using Analytics.Interactive.Tables;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Tables;

public class PlanTablesTests
{
    [Fact]
    public void Targets_Shipped_EveryNodeWithStatedAndAllocatedAmounts()
    {
        var frame = PlanTables.Targets(Shipped.Decomposition);
        Assert.Equal(Shipped.Plan.Targets.Count, frame.Rows.Count);
        var ids = frame["id"].Cast<string>().ToList();
        var allocated = frame["allocated"].Cast<decimal?>().ToList();
        var stated = frame["stated_amount"].Cast<decimal?>().ToList();
        Assert.Equal(5000m, allocated[ids.IndexOf("company")]);
        Assert.Equal(540m, allocated[ids.IndexOf("rp_south")]);
        Assert.Null(stated[ids.IndexOf("rp_south")]);
        Assert.Equal(typeof(decimal), frame["allocated"].DataType);
    }

    [Fact]
    public void Months_Shipped_PhasedAndStatedSideBySide()
    {
        var frame = PlanTables.Months(Shipped.Decomposition);
        Assert.Equal(12, frame.Rows.Count);
        Assert.Equal(5000m, frame["phased"].Cast<decimal?>().Sum());
        Assert.Equal(5400m, frame["stated"].Cast<decimal?>().Sum());
        Assert.Equal("Q4", frame["quarter"][11]);
        Assert.Equal(466m, frame["phased"][11]);
        Assert.Equal(600m, frame["stated"][11]);
    }

    [Fact]
    public void People_Shipped_TotalsAndQuarters()
    {
        var frame = PlanTables.People(Shipped.Decomposition);
        Assert.Equal(12080m, frame["total"].Cast<decimal?>().Sum());
        Assert.Equal(5000m, frame["owner"].Cast<decimal?>().Sum());
        Assert.Equal(["id", "name_zh", "name_en", "role", "total", "owner", "q1", "q2", "q3", "q4"], frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Findings_Shipped_OneRowPerFindingFixesJoined()
    {
        var report = PlanAuditor.Audit(Shipped.Plan);
        var frame = PlanTables.Findings(report);
        Assert.Equal(report.Findings.Count, frame.Rows.Count);
        Assert.Equal("error", frame["severity"][0]);
        Assert.Contains(" | Or keep 600 a month", (string)frame["fixes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_ShippedQ4_TheEditThenTheAdvice()
    {
        var finding = PlanAuditor.Audit(Shipped.Plan).Findings.First(f => f.Rule == "phasing-quarter");
        var frame = PlanTables.Fixes(finding);
        Assert.Equal(["fix", "edits"], frame.Columns.Select(c => c.Name));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("Keep the 28% share: set Q4's monthly target to 466.67 (1400 / 3).", frame["fix"][0]);
        Assert.Equal("phasing.csv Q4 monthly_amount = 466.67", frame["edits"][0]);
        Assert.Equal(string.Empty, frame["edits"][1]);
    }

    [Fact]
    public void IndustryRegion_Shipped_NullWhereNoTarget()
    {
        var matrix = RegionMatrix.From(Shipped.Decomposition);
        var frame = PlanTables.IndustryRegion(matrix);
        Assert.Equal(matrix.Rows.Count, frame.Rows.Count);
        Assert.Equal(1405m, frame["south"].Cast<decimal?>().Sum());
        Assert.Contains(frame["north"].Cast<decimal?>(), v => v is null);
    }
}
