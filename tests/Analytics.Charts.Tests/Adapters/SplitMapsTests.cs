using Analytics.Analyses.Splits;
using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class SplitMapsTests
{
    [Fact]
    public void From_SplitResult_EveryGridSplitWithItsProbabilityAndThreeMarkers()
    {
        var result = AnalysisRuns.Splits;
        var map = SplitMaps.From(result);
        Assert.Equal(result.Grid.Count, map.Points.Count);
        for (var i = 0; i < map.Points.Count; i++)
        {
            var (p, row) = (map.Points[i], result.Grid[i]);
            Assert.Equal((row.Split[0], row.Split[1], row.Split[2], row.ProbabilityOfTarget.Value), (p.Repurchase, p.NewCustomers, p.NewProduct, p.ProbabilityOfHit));
        }

        Assert.Equal(["計劃 36/44/20", "Plan 36/44/20"], [map.Markers[0].Label.Zh, map.Markers[0].Label.En]);
        Assert.Equal((0.36, 0.44, 0.20), (Math.Round(map.Markers[0].Repurchase, 12), Math.Round(map.Markers[0].NewCustomers, 12), Math.Round(map.Markers[0].NewProduct, 12)));
        Assert.StartsWith("最佳 ", map.Markers[1].Label.Zh, StringComparison.Ordinal);
        Assert.Equal(result.Best.Split[2], map.Markers[1].NewProduct, 12);
        Assert.Equal(result.RiskBalanced.Row.Split[0], map.Markers[2].Repurchase, 12);
    }

    [Fact]
    public void Corners_StreamsInAnotherOrderOrSpelling_MatchedByName()
        => Assert.Equal((2, 0, 1), SplitMaps.Corners(["new-customers", "NEW_PRODUCT", "repurchase"]));

    [Theory]
    [InlineData("repurchase,newCustomers")]
    [InlineData("repurchase,newCustomers,services")]
    [InlineData("repurchase,repurchase,newProduct")]
    public void Corners_NotTheThreeBusinessTypes_ThrowsNamingThem(string streams)
    {
        var e = Assert.Throws<ArgumentException>(() => SplitMaps.Corners(streams.Split(',')));
        Assert.Contains("repurchase, new_customers, new_product", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentages_OneDecimalInTheTernarysOrder()
        => Assert.Equal("37.3/48.5/14.2", SplitMaps.Percentages(new Split([0.485, 0.142, 0.373]), 2, 0, 1));

    [Fact]
    public void From_Null_Throws() => Assert.ThrowsAny<ArgumentException>(() => SplitMaps.From(null!));
}
