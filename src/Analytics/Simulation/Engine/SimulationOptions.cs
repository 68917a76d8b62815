using Analytics.Common;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Engine;

/// <summary>How to run a simulation. Results depend on <see cref="Seed"/>, <see cref="Trials"/> and <see cref="Sampler"/>, never on <see cref="Threads"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>Largest number of trials accepted (memory: a few doubles per trial per output).</summary>
    public const int MaxTrials = 100_000_000;

    /// <summary>Creates options.</summary>
    /// <param name="trials">Number of trials: 1 to <see cref="MaxTrials"/> (default 100,000).</param>
    /// <param name="seed">The run seed: any value (default 1).</param>
    /// <param name="threads">Worker threads: 1 to 1024 (default: the processor count).</param>
    /// <param name="sampler">How inputs are drawn (default Monte Carlo).</param>
    public SimulationOptions(int trials = 100_000, ulong seed = 1, int? threads = null, SamplerKind sampler = SamplerKind.MonteCarlo)
    {
        Trials = Preconditions.InRange(trials, 1, MaxTrials);
        Seed = seed;
        Threads = Preconditions.InRange(threads ?? Environment.ProcessorCount, 1, 1024, nameof(threads));
        Sampler = Enum.IsDefined(sampler) ? sampler : throw new ArgumentOutOfRangeException(nameof(sampler), $"sampler must be MonteCarlo or LatinHypercube; was {sampler}.");
    }

    /// <summary>Number of trials.</summary>
    public int Trials { get; }

    /// <summary>The run seed.</summary>
    public ulong Seed { get; }

    /// <summary>Worker threads (does not change results).</summary>
    public int Threads { get; }

    /// <summary>How inputs are drawn.</summary>
    public SamplerKind Sampler { get; }
}
