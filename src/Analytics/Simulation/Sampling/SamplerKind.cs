namespace Analytics.Simulation.Sampling;

/// <summary>How the engine draws a model's scalar inputs.</summary>
public enum SamplerKind
{
    /// <summary>Independent draws (plain Monte Carlo).</summary>
    MonteCarlo,

    /// <summary>
    /// Latin hypercube within each block: every input's range is cut into as many equally likely
    /// strata as the block has trials and each stratum is drawn once, by inverse CDF. Lowers the
    /// error of smooth outputs; the standard error is then estimated from the spread between blocks.
    /// </summary>
    LatinHypercube,
}
