using Analytics.Charts.Adapters;
using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class TornadoBarsTests
{
    [Fact]
    public void From_Sensitivity_ProbabilityAtEachInputsP10AndP90AroundTheBase()
    {
        var result = AnalysisRuns.Sensitivity;
        var s = TornadoBars.From(result);
        Assert.Equal(TornadoMetric.ProbabilityOfHit, s.Metric);
        Assert.Equal(result.BaseHit.Value, s.Baseline);
        Assert.Equal(result.Tornado.Select(r => (r.Input, r.HitAtLow.Value, r.HitAtHigh.Value)), s.Bars.Select(b => (b.Input.Zh, b.Low, b.High)));
        Assert.StartsWith("P10 ", s.Bars[0].Range!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void From_AmountMetricTopThreeAndNames_MeansOfTheWidestThree()
    {
        var result = AnalysisRuns.Sensitivity;
        var s = TornadoBars.From(result, TornadoMetric.Amount, n => new BilingualText("輸入 " + n, "input " + n), top: 3);
        Assert.Equal(3, s.Bars.Count);
        Assert.Equal(result.BaseMean.Value, s.Baseline);
        Assert.Equal(result.Tornado[0].MeanAtHigh.Value, s.Bars[0].High);
        Assert.Equal("input " + result.Tornado[0].Input, s.Bars[0].Input.En);
    }

    [Fact]
    public void From_TopZero_Throws() => Assert.ThrowsAny<ArgumentException>(() => TornadoBars.From(AnalysisRuns.Sensitivity, top: 0));
}
