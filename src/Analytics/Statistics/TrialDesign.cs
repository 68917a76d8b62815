using Analytics.Common;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;

namespace Analytics.Statistics;

/// <summary>
/// How the trials behind a column of per-trial values were drawn, which decides how their
/// estimates' standard errors are estimated: plain Monte Carlo trials are independent
/// (sd/√n, √(p(1 − p)/n)); a Latin hypercube's trials are not independent within a block, but its
/// blocks are, so with two blocks or more the block means are the replicates.
/// </summary>
public sealed record TrialDesign
{
    /// <summary>Creates a design.</summary>
    /// <param name="sampler">How the inputs were drawn.</param>
    /// <param name="blockSize">Trials per block, &gt;= 1 (the engine's <see cref="SimulationEngine.BlockSize"/>).</param>
    public TrialDesign(SamplerKind sampler, int blockSize)
    {
        Sampler = Enum.IsDefined(sampler) ? sampler : throw new ArgumentOutOfRangeException(nameof(sampler), $"sampler must be MonteCarlo or LatinHypercube; was {sampler}.");
        BlockSize = Preconditions.Positive(blockSize);
    }

    /// <summary>Independent trials (plain Monte Carlo in the engine's blocks).</summary>
    public static TrialDesign IndependentTrials { get; } = new(SamplerKind.MonteCarlo, SimulationEngine.BlockSize);

    /// <summary>How inputs were drawn.</summary>
    public SamplerKind Sampler { get; }

    /// <summary>Trials per block.</summary>
    public int BlockSize { get; }

    /// <summary>The design of the engine's runs with <paramref name="options"/>.</summary>
    public static TrialDesign Of(SimulationOptions options)
        => new(Preconditions.NotNull(options).Sampler, SimulationEngine.BlockSize);

    /// <summary>The design of the run <paramref name="manifest"/> describes.</summary>
    public static TrialDesign Of(RunManifest manifest)
        => new(Preconditions.NotNull(manifest).Sampler, manifest.BlockSize);

    /// <summary>How the standard error of <paramref name="trials"/> values drawn this way is estimated: between blocks for a Latin hypercube of at least two blocks, else from independent trials (conservative for a single hypercube block).</summary>
    public StandardErrorMethod MethodFor(long trials)
        => Sampler == SamplerKind.LatinHypercube && (trials + BlockSize - 1) / BlockSize >= 2 ? StandardErrorMethod.BetweenBlocks : StandardErrorMethod.IndependentTrials;
}
