using System.Text.Json;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsIndustryRegionTests
{
    [Fact]
    public void IndustryRegion_ShippedPlan_HeatmapWithBlankCellsWhereNoTarget()
    {
        var f = Figure.Of(SalesCharts.IndustryRegion(RegionMatrix.From(Shipped.Decomposition), Shipped.Plan));
        var trace = Assert.Single(f.Traces);
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        var columns = Figure.Strings(trace.GetProperty("x"));
        var rows = Figure.Strings(trace.GetProperty("y"));
        Assert.Equal(Shipped.Plan.Regions.Select(r => r.NameZh), columns);
        Assert.Equal("存量客戶復購", rows[0]);
        Assert.Equal("新客戶開發 · 3C 電子", rows[1]);
        var z = trace.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        var south = Array.IndexOf(columns, "華南");
        var north = Array.IndexOf(columns, "華北");
        Assert.Equal(440, z[1][south].GetDouble());
        Assert.Equal(JsonValueKind.Null, z[1][north].ValueKind);
        Assert.Contains("合計 5,000 萬元", f.Title, StringComparison.Ordinal);
    }
}
