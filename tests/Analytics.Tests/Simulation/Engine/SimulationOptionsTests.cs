using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Engine;

public class SimulationOptionsTests
{
    [Fact]
    public void Constructor_Defaults_HundredThousandTrialsSeedOneAllProcessors()
    {
        var options = new SimulationOptions();
        Assert.Equal(100_000, options.Trials);
        Assert.Equal(1UL, options.Seed);
        Assert.Equal(Environment.ProcessorCount, options.Threads);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(SimulationOptions.MaxTrials + 1)]
    public void Constructor_TrialsOutOfRange_ThrowsNamingRange(int trials)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(trials));
        Assert.Contains("trials must be an integer in [1, 100000000]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroThreads_Throws()
        => Assert.Contains("threads must be an integer in [1, 1024]; was 0", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions(threads: 0)).Message, StringComparison.Ordinal);

    [Fact]
    public void ResolveThreads_NullOrInRange_ProcessorCountOrTheValue()
    {
        Assert.Equal(Environment.ProcessorCount, SimulationOptions.ResolveThreads(null));
        Assert.Equal(SimulationOptions.MaxThreads, SimulationOptions.ResolveThreads(1024));
        Assert.Contains("workers must be an integer in [1, 1024]; was 1025", Assert.Throws<ArgumentOutOfRangeException>(() => SimulationOptions.ResolveThreads(1025, "workers")).Message, StringComparison.Ordinal);
    }
}
