using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Engine;

public class TrialRangeTests
{
    [Fact]
    public void Ranges_EachKindOfRun_DocumentedBounds()
    {
        Assert.Equal((1, 100_000_000), (TrialRange.Simulation.Minimum, TrialRange.Simulation.Maximum));
        Assert.Equal((100, 100_000_000), (TrialRange.Analysis.Minimum, TrialRange.Analysis.Maximum));
        Assert.Equal((100, 10_000_000), (TrialRange.Sensitivity.Minimum, TrialRange.Sensitivity.Maximum));
        Assert.Equal("100 to 10,000,000", TrialRange.Sensitivity.ToString());
    }

    [Theory]
    [InlineData(99)]
    [InlineData(10_000_001)]
    public void Check_OutsideTheRange_ThrowsNamingIt(int trials)
        => Assert.Contains("trials must be an integer in [100, 10000000]", Assert.Throws<ArgumentOutOfRangeException>(() => TrialRange.Sensitivity.Check(trials)).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_Inside_ReturnsTheValue()
        => Assert.Equal(100, TrialRange.Analysis.Check(100));

    [Fact]
    public void Constructor_EmptyOrTooWide_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrialRange(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrialRange(10, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrialRange(1, SimulationOptions.MaxTrials + 1));
    }
}
