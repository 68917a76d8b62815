using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class SobolBarsTests
{
    [Fact]
    public void From_Indices_FirstAndTotalOrderWithTheirIntervals()
    {
        var indices = AnalysisRuns.Sensitivity.SobolHit.OrderByDescending(i => i.TotalOrder.Value).ToArray();
        var bars = SobolBars.From(AnalysisRuns.Sensitivity.SobolHit);
        Assert.Equal(bars.OrderByDescending(b => b.TotalOrder).Select(b => b.Input.En), bars.Select(b => b.Input.En)); // largest total order first
        Assert.Equal(indices.Select(i => i.Input), bars.Select(b => b.Input.Zh));
        Assert.Equal(indices.Select(i => (i.FirstOrder.Value, i.FirstOrderInterval.Lower, i.FirstOrderInterval.Upper)), bars.Select(b => (b.FirstOrder, b.FirstLower, b.FirstUpper)));
        Assert.Equal(indices.Select(i => (i.TotalOrder.Value, i.TotalOrderInterval.Lower, i.TotalOrderInterval.Upper)), bars.Select(b => (b.TotalOrder, b.TotalLower, b.TotalUpper)));
    }

    [Fact]
    public void From_Empty_Throws() => Assert.ThrowsAny<ArgumentException>(() => SobolBars.From([]));
}
