namespace Analytics.Simulation.Engine;

/// <summary>
/// Where the engine reports the trials it has finished, for a progress indicator: a caller opens a
/// scope with a callback, and every run of the engine (or a design runner) started inside it on the
/// same logical flow calls it after each block with the block's trials, from the worker that ran the
/// block. A reporting side channel only: it never changes a draw or a result, and without a scope it
/// costs one null check per block.
/// </summary>
public static class SimulationProgress
{
    private static readonly AsyncLocal<Action<int>?> Sink = new();

    /// <summary>The callback in force, or null.</summary>
    internal static Action<int>? Current => Sink.Value;

    /// <summary>Calls <paramref name="trialsDone"/> with each finished block's trials until the scope is disposed.</summary>
    /// <param name="trialsDone">Must be thread-safe and cheap (e.g. an <see cref="Interlocked"/> add): it runs on the workers.</param>
    public static IDisposable Report(Action<int> trialsDone)
    {
        ArgumentNullException.ThrowIfNull(trialsDone);
        var previous = Sink.Value;
        Sink.Value = trialsDone;
        return new Scope(previous);
    }

    private sealed class Scope(Action<int>? previous) : IDisposable
    {
        public void Dispose() => Sink.Value = previous;
    }
}
