using Analytics.Charts;
using Analytics.Simulation.Engine;

namespace Analytics.Report.Tests;

public class ReportOptionsTests
{
    [Fact]
    public void Default_TheReportCommandsFigures()
    {
        var o = ReportOptions.Default;
        Assert.Equal((100_000, 1UL), (o.Simulation.Trials, o.Simulation.Seed));
        Assert.Equal((100_000, 20_000, 5_000), (o.SplitTrials, o.TriggerTrials, o.TornadoTrials));
        Assert.Same(ChartOptions.Default, o.Chart);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SimulationOptions.MaxTrials + 1)]
    public void Caps_OutOfRange_Throw(int trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { SplitTrials = trials });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { TriggerTrials = trials });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { TornadoTrials = trials });
    }

    [Fact]
    public void TornadoTrials_UnderItsMinimum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { TornadoTrials = ReportOptions.TornadoMinTrials - 1 });
        Assert.Equal(ReportOptions.TornadoMinTrials, new ReportOptions { TornadoTrials = ReportOptions.TornadoMinTrials }.TornadoTrials);
    }

    [Fact]
    public void ChartOrSimulation_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportOptions { Chart = null! });
        Assert.Throws<ArgumentNullException>(() => new ReportOptions { Simulation = null! });
    }

    [Theory]
    [InlineData(50_000, 20_000, 1, 20_000)]
    [InlineData(4096, 20_000, 1, 4096)]
    [InlineData(50, 5_000, 100, 100)]
    public void Capped_HeadlineTrials_TheSmallerRaisedToTheLeast(int trials, int most, int least, int expected)
    {
        var o = new ReportOptions { Simulation = new SimulationOptions(trials, 7, threads: 3) };
        var capped = o.Capped(most, least);
        Assert.Equal((expected, 7UL, 3), (capped.Trials, capped.Seed, capped.Threads));
    }
}
