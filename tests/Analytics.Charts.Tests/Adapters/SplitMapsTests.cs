using Analytics.Analyses.Splits;
using Analytics.Charts.Adapters;
using Analytics.TestSupport;
using Analytics.Common;

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

    [Fact]
    public void From_ThreeOtherLines_CornersInTheStreamsOrderNamedByTheCaller()
    {
        var r = LineScenarios.Splits(3);
        var map = SplitMaps.From(r, s => new BilingualText(s + "線", s));
        Assert.Equal(["line1線", "line2線", "line3線"], map.Axes!.Select(a => a.Zh));
        Assert.Equal(r.Grid[5].Split[2], map.Points[5].NewProduct, 12);
        Assert.Null(SplitMaps.From(AnalysisRuns.Splits).Axes);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void From_NotThreeStreams_ThrowsSayingATernaryHasThreeCorners(int lines)
        => Assert.Contains("three corners", Assert.Throws<ArgumentException>(() => SplitMaps.From(LineScenarios.Splits(lines))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("new-customers,NEW_PRODUCT,repurchase", "2,0,1", true)]
    [InlineData("a,b,c,d", "0,1,2,3", false)]
    [InlineData("repurchase,newCustomers", "0,1", false)]
    [InlineData("repurchase,newCustomers,services", "0,1,2", false)]
    public void Order_Streams_TheTernarysOrderForTheBusinessTypesElseTheirOwn(string streams, string order, bool businessTypes)
    {
        var names = streams.Split(',');
        Assert.Equal(order.Split(',').Select(int.Parse), SplitMaps.Order(names));
        Assert.Equal(businessTypes, SplitMaps.IsBusinessTypes(names));
    }

    [Fact]
    public void Percentages_AnyOrder_OneDecimal()
        => Assert.Equal("20/30/25/25", SplitMaps.Percentages(new Split([0.3, 0.2, 0.25, 0.25]), [1, 0, 2, 3]));
}
