using Analytics.Cli.Commands;

namespace Analytics.Cli.Tests.Commands;

public class SimulationWarmUpTests
{
    [Fact]
    public async Task Start_RunsEveryComponentModelToCompletion()
    {
        // The warm-up must finish cleanly (a fault would only be swallowed, silently losing the speed-up).
        var warmUp = SimulationWarmUp.Start();
        await warmUp.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(warmUp.IsCompletedSuccessfully);
        SimulationWarmUp.Finish(warmUp);
    }

    [Fact]
    public void Finish_FaultedWarmUp_IsIgnored()
        => SimulationWarmUp.Finish(Task.FromException(new InvalidOperationException("boom")));
}
