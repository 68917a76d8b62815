using Analytics.Cli.Commands;
using Analytics.Cli.Output;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Output;

public class ProgressBarTests
{
    /// <summary>A clock that moves only when told to; its timers never fire (the test draws by hand).</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Never();

        private sealed class Never : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void Text_HalfDone_BarPercentTrialsAndTimeLeft()
        => Assert.Equal("[###############...............]  50% 50,000 / 100,000 trials, 4 s left", ProgressBar.Text(50_000, 100_000, TimeSpan.FromSeconds(4)));

    [Fact]
    public void Text_NothingDoneYet_Starting()
        => Assert.EndsWith("0 / 100,000 trials, starting", ProgressBar.Text(0, 100_000, TimeSpan.FromSeconds(3)), StringComparison.Ordinal);

    [Fact]
    public void Start_EngineRunInsideIt_CountsEveryTrialAndClearsItsLine()
    {
        using var terminal = new StringWriter();
        var clock = new ManualClock();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, RepoPaths.Root) { Terminal = terminal, Time = clock };
        var scenario = Analytics.Scenarios.ScenarioLoader.Load(RepoPaths.Data("scenarios", "seed-2026.json"));
        using (var bar = (ProgressBar)ProgressBar.Start(context, quiet: false, 10_000))
        {
            SimulationEngine.Run(new Analytics.Scenarios.ScenarioModel(scenario), new SimulationOptions(10_000, threads: 2));
            Assert.Equal(10_000, bar.Done);
            clock.Ticks = TimeSpan.FromSeconds(3).Ticks;
            bar.Draw();
            Assert.Contains("10,000 / 10,000 trials", terminal.ToString(), StringComparison.Ordinal);
        }

        Assert.EndsWith("\r", terminal.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Start_QuietOrNoTerminal_DrawsNothing(bool quiet, bool terminal)
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, RepoPaths.Root) { Terminal = terminal ? new StringWriter() : null };
        using var bar = ProgressBar.Start(context, quiet, 1000);
        Assert.IsNotType<ProgressBar>(bar);
    }

    [Fact]
    public void Simulate_StandardErrorNotATerminal_NoProgressAndJsonUnchanged()
    {
        var (code, output, err) = CliRunner.Run("simulate", RepoPaths.Data("scenarios", "seed-2026.json"), "--trials", "1000", "--format", "json");
        Assert.Equal(0, code);
        Assert.DoesNotContain("trials,", err, StringComparison.Ordinal);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }
}
