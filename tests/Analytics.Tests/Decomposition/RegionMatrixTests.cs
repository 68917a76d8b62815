using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Tests.Decomposition;

public class RegionMatrixTests
{
    private static readonly RegionMatrix M = RegionMatrix.From(PlanDecomposer.Decompose(Plans.Shipped));

    [Fact]
    public void From_ShippedPlan_ColumnTotalsByHand()
    {
        // south: rp 540 + 3C 440 + lithium 175 + new product 250; east: 360 + 360;
        // central: 450 + 280 + 315 + 400; southwest: 180 + 245 + 350; north: 270 + 385.
        Assert.Equal(1405m, M.ColumnTotals["south"]);
        Assert.Equal(720m, M.ColumnTotals["east"]);
        Assert.Equal(1445m, M.ColumnTotals["central"]);
        Assert.Equal(775m, M.ColumnTotals["southwest"]);
        Assert.Equal(655m, M.ColumnTotals["north"]);
        Assert.Equal(5000m, M.Total);
        Assert.DoesNotContain(RegionMatrix.Unassigned, M.Regions);
    }

    [Fact]
    public void From_ShippedPlan_OneRowPerTypeAndIndustry()
    {
        Assert.Equal(5, M.Rows.Count);
        var row = M.Rows.Single(r => r.LineId == "new_customers" && r.IndustryId == "3c");
        Assert.Equal(800m, row.Total);
        Assert.Equal(440m, row.ByRegion["south"]);
        Assert.Null(M.Rows.Single(r => r.LineId == "repurchase").IndustryId);
    }
}
