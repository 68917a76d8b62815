using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsShareProfilesTests
{
    private static ProfilePanel Panel(string name, double plan) => new(new BilingualText(name + "線", name), [0, 0.25, 0.5, 0.75, 1], [0.1, 0.4, 0.5, 0.3, 0.05], plan);

    [Fact]
    public void ShareProfiles_FivePanels_OneTraceAndAxisPairEachInTwoRowsWithThePlansShareDashed()
    {
        var chart = SalesCharts.ShareProfiles([Panel("a", 0.3), Panel("b", 0.2), Panel("c", 0.2), Panel("d", 0.2), Panel("e", 0.1)]);
        var f = Figure.Of(chart);
        Assert.Equal(5, f.Traces.Count);
        Assert.Equal(["x", "x2", "x3", "x4", "x5"], f.Traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(["y", "y2", "y3", "y4", "y5"], f.Traces.Select(t => t.GetProperty("yaxis").GetString()));
        Assert.Equal([0.1, 0.4, 0.5, 0.3, 0.05], Figure.Numbers(f.Trace(4).GetProperty("y")));

        // Four panels a row: the fifth starts a second row under the first.
        var x1 = Figure.Numbers(f.Layout.GetProperty("xaxis").GetProperty("domain"));
        var x5 = Figure.Numbers(f.Layout.GetProperty("xaxis5").GetProperty("domain"));
        var y1 = Figure.Numbers(f.Layout.GetProperty("yaxis").GetProperty("domain"));
        var y5 = Figure.Numbers(f.Layout.GetProperty("yaxis5").GetProperty("domain"));
        Assert.Equal(x1, x5);
        Assert.True(y5[1] < y1[0], $"row 2 {y5[1]} below row 1 {y1[0]}");
        Assert.True(Figure.Numbers(f.Layout.GetProperty("xaxis2").GetProperty("domain"))[0] > x1[1]);
        Assert.Equal([0.0, 1.0], Figure.Numbers(f.Layout.GetProperty("yaxis3").GetProperty("range")));

        var shapes = f.Shapes;
        Assert.Equal(5, shapes.Count);
        Assert.Equal(0.3, shapes[0].GetProperty("x0").GetDouble());
        Assert.Equal("x5", shapes[4].GetProperty("xref").GetString());
        Assert.Equal("y5 domain", shapes[4].GetProperty("yref").GetString());
        Assert.Contains("a線（計劃 30%）", f.AnnotationTexts);
        Offline.AssertSelfContained(chart);
    }

    [Fact]
    public void ShareProfiles_English_PanelTitlesInEnglish()
        => Assert.Contains("b (plan 20%)", Figure.Of(SalesCharts.ShareProfiles([Panel("a", 0.3), Panel("b", 0.2)], ChartOptions.English)).AnnotationTexts);

    [Fact]
    public void ShareProfiles_NoPanel_Throws() => Assert.ThrowsAny<ArgumentException>(() => SalesCharts.ShareProfiles([]));
}
