using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsSobolIndicesTests
{
    private static readonly SobolBar[] Bars =
    [
        new("market", 0.302, 0.279, 0.323, 0.641, 0.621, 0.663),
        new("newProduct.benchmarks.winProbability", 0.005, -0.007, 0.017, 0.146, 0.135, 0.157),
    ];

    [Fact]
    public void SobolIndices_Chinese_FirstAndTotalOrderWithAsymmetricIntervals()
    {
        var chart = SalesCharts.SobolIndices(Bars);
        var f = Figure.Of(chart);
        Assert.Equal(2, f.Traces.Count);
        Assert.Equal([0.302, 0.005], Figure.Numbers(f.Trace(0).GetProperty("x")));
        Assert.Equal([0.641, 0.146], Figure.Numbers(f.Trace(1).GetProperty("x")));
        Assert.Equal(["market", "newProduct.benchmarks.winProbability"], Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.Equal(0.021, Figure.Numbers(f.Trace(0).GetProperty("error_x").GetProperty("array"))[0], 1e-9);
        Assert.Equal(0.012, Figure.Numbers(f.Trace(0).GetProperty("error_x").GetProperty("arrayminus"))[1], 1e-9);
        Assert.Equal("reversed", f.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Contains("達標", f.Title, StringComparison.Ordinal);
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void SobolIndices_EnglishWithOutputName_TitleNamesIt()
    {
        var f = Figure.Of(SalesCharts.SobolIndices(Bars, new BilingualText("全年銷售", "the year's revenue"), ChartOptions.English));
        Assert.StartsWith("Sobol indices: where the variance of the year's revenue", f.Title, StringComparison.Ordinal);
        Assert.Equal("Total order ST (with interactions)", f.Trace(1).GetProperty("name").GetString());
    }

    [Fact]
    public void SobolBar_IntervalUpsideDown_Throws() => Assert.ThrowsAny<ArgumentException>(() => new SobolBar("x", 0.1, 0.2, 0.1, 0.2, 0.1, 0.3));
}
