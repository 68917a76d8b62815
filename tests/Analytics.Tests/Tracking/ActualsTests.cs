using Analytics.Common;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Tracking;

public class ActualsTests
{
    [Fact]
    public void BookedThrough_ShippedSample_NodesAddUpToTheirLines()
    {
        var a = YearRecords.ShippedActuals;
        var plan = a.Plan;
        foreach (var line in a.Lines)
        {
            var leaves = plan.Targets.Where(t => plan.IsWithin(t, line) && plan.ChildrenOf(t).Count == 0 && t != line).ToArray();
            Assert.Equal(a.BookedThrough(line.Id, 6), leaves.Sum(l => a.BookedThrough(l, 6)!.Value));
            Assert.Equal(a.BookedThrough(line.Id, 6), a.BookedThrough(line, 6));
        }

        Assert.Equal(a.TotalThrough(6), a.BookedThrough(plan.Root, 6));
        Assert.Equal(a.BookedThrough(plan.Target("nc_3c"), 6), a.BookedThrough(plan.Target("nc_3c_prd"), 6) + a.BookedThrough(plan.Target("nc_3c_yrd"), 6));
        Assert.Equal(0, a.BookedThrough("new_customers", 0));
    }

    [Fact]
    public void BookedThrough_LineGivenAsOneTotal_BelowItNotRecorded()
    {
        var a = YearRecords.LineTotals([100m, 110m], [120m, 130m], [0m, 5m]);
        Assert.Equal(210m, a.BookedThrough("repurchase", 2));
        Assert.Null(a.BookedThrough(a.Plan.Target("rp_south"), 2));
        Assert.Null(a.BookedThrough(a.Plan.Target("nc_3c"), 1));
        Assert.Equal(5m, a.Booked("new_product", 2));
        Assert.Equal(465m, a.TotalThrough(2));
    }

    [Fact]
    public void BookedThrough_IndustryRowsOnly_IndustriesRecordedRegionsNot()
    {
        var a = YearRecords.Actuals("month,line,industry,region,amount\n2026-01,repurchase,,,100\n2026-01,new_customers,3c,,50\n2026-01,new_customers,lithium,,30\n2026-01,new_product,lithium,,0\n");
        Assert.Equal(50m, a.BookedThrough(a.Plan.Target("nc_3c"), 1));
        Assert.Equal(0m, a.BookedThrough(a.Plan.Target("nc_packaging"), 1));
        Assert.Null(a.BookedThrough(a.Plan.Target("nc_3c_prd"), 1));
        Assert.Equal(80m, a.Booked("new_customers", 1));
    }

    [Fact]
    public void Create_RowsBuiltInCode_ErrorsNameTheActualsFile()
    {
        MonthlyActual Row(string line, decimal amount) => new(2026, 1, line, null, null, amount, SourceLocation.None);
        var e = Assert.Throws<InputException>(() => Actuals.Create(Plans.Shipped, [Row("repurchase", 1), Row("new_customers", 1)]));
        Assert.Equal(TrackingFiles.Actuals, e.File);
        Assert.Contains("no row for the line new_product", e.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => Actuals.Create(Plans.Shipped, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearRecords.ShippedActuals.BookedThrough("repurchase", 7));
        Assert.ThrowsAny<ArgumentException>(() => YearRecords.ShippedActuals.Booked("services", 1));
    }
}
