using Analytics.Common;
using Analytics.Charts;
using Analytics.Report.Blocks;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Blocks;

public class SensitivityBlocksTests
{
    private static string Write(double? probabilityOfHit, ChartOptions? options = null)
        => SectionRun.Block(w => SensitivityBlocks.Drivers(w, AnalysisRuns.Sensitivity, probabilityOfHit), options);

    [Fact]
    public void Drivers_SensitivityRun_TrialsAndTheWidestBarFirst()
    {
        var d = AnalysisRuns.Sensitivity;
        var widest = d.Tornado.MaxBy(r => r.HitSwing)!;
        var html = Write(null);
        Assert.Contains("各模擬 200 個年度", html, StringComparison.Ordinal);
        Assert.Contains($"擺幅最大的三個：{widest.Input} ({Formats.Percent(widest.HitAtLow.Value)} – {Formats.Percent(widest.HitAtHigh.Value)})", html, StringComparison.Ordinal);
        Assert.Contains($"中線 {Formats.Percent(d.BaseHit.Value)} 是所有輸入都在中位數時的達標機率：", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Drivers_WithTheSimulationsPHit_SaysTheCentreLineIsNotIt()
    {
        Assert.Contains(", not the 38.2% above", Write(0.382, ChartOptions.English), StringComparison.Ordinal);
        Assert.DoesNotContain("above", Write(null, ChartOptions.English), StringComparison.Ordinal);
    }
}
