using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsFunnelTests
{
    [Fact]
    public void Funnel_TwoIndustries_OneStackedTraceEachWithStagesInOrder()
    {
        FunnelStage[] stages =
        [
            new("3C", new BilingualText("線索", "Leads"), 120), new("3C", new BilingualText("贏單", "Won"), 18),
            new(new BilingualText("鋰電", "Lithium"), new BilingualText("線索", "Leads"), 60), new(new BilingualText("鋰電", "Lithium"), new BilingualText("贏單", "Won"), 7),
        ];
        var f = Figure.Of(SalesCharts.Funnel(stages, ChartOptions.English));
        Assert.Equal(2, f.Traces.Count);
        Assert.All(f.Traces, t => Assert.Equal("funnel", t.GetProperty("type").GetString()));
        Assert.Equal("Lithium", f.Trace(1).GetProperty("name").GetString());
        Assert.Equal([60.0, 7], Figure.Numbers(f.Trace(1).GetProperty("x")));
        Assert.Equal(["Leads", "Won"], Figure.Strings(f.Trace(0).GetProperty("y")));
        Assert.Equal("stack", f.Layout.GetProperty("funnelmode").GetString());
    }
}
