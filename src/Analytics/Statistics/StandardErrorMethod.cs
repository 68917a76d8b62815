namespace Analytics.Statistics;

/// <summary>How a standard error was estimated.</summary>
public enum StandardErrorMethod
{
    /// <summary>From the spread of independent trials: sd/√n for a mean, √(p(1−p)/n) for a probability (Monte Carlo).</summary>
    IndependentTrials,

    /// <summary>
    /// From the spread between blocks: a Latin hypercube's trials are not independent within a
    /// block, but blocks are, so the block means are replicates.
    /// </summary>
    BetweenBlocks,

    /// <summary>
    /// From importance-weighted trials by the delta method: a self-normalised estimate Σ w h / Σ w has
    /// standard error sqrt(Σ w² (h − estimate)²) / Σ w (<see cref="ImportanceWeights"/>).
    /// </summary>
    ImportanceWeights,
}
