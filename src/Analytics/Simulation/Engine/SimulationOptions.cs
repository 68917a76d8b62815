using Analytics.Common;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Engine;

/// <summary>How to run a simulation. Results depend on <see cref="Seed"/>, <see cref="Trials"/> and <see cref="Sampler"/>, never on <see cref="Threads"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>Largest number of trials accepted (memory: a few doubles per trial per output).</summary>
    public const int MaxTrials = 100_000_000;

    /// <summary>Most worker threads any run, analysis or grid accepts (<see cref="ResolveThreads"/>).</summary>
    public const int MaxThreads = 1024;

    /// <summary>Creates options.</summary>
    /// <param name="trials">Number of trials: 1 to <see cref="MaxTrials"/> (default 100,000; <see cref="TrialRange"/> holds the narrower ranges of the analyses).</param>
    /// <param name="seed">The run seed: any value (default 1).</param>
    /// <param name="threads">Worker threads: 1 to <see cref="MaxThreads"/> (default: the processor count).</param>
    /// <param name="sampler">How inputs are drawn (default Monte Carlo).</param>
    public SimulationOptions(int trials = 100_000, ulong seed = 1, int? threads = null, SamplerKind sampler = SamplerKind.MonteCarlo)
    {
        Trials = TrialRange.Simulation.Check(trials);
        Seed = seed;
        Threads = ResolveThreads(threads);
        Sampler = Enum.IsDefined(sampler) ? sampler : throw new ArgumentOutOfRangeException(nameof(sampler), $"sampler must be MonteCarlo or LatinHypercube; was {sampler}.");
    }

    /// <summary>
    /// The worker threads to use: <paramref name="threads"/>, or the processor count when null; the
    /// one check of the thread bound (1 to <see cref="MaxThreads"/>) for every run, analysis and grid.
    /// The thread count never changes a result.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count lies outside 1 to <see cref="MaxThreads"/>; the message names <paramref name="name"/>.</exception>
    public static int ResolveThreads(int? threads, string name = "threads")
        => Preconditions.InRange(threads ?? Environment.ProcessorCount, 1, MaxThreads, name);

    /// <summary>Number of trials.</summary>
    public int Trials { get; }

    /// <summary>The run seed.</summary>
    public ulong Seed { get; }

    /// <summary>Worker threads (does not change results).</summary>
    public int Threads { get; }

    /// <summary>How inputs are drawn.</summary>
    public SamplerKind Sampler { get; }
}
