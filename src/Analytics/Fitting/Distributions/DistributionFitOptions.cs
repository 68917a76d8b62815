using Analytics.Common;

namespace Analytics.Fitting.Distributions;

/// <summary>How <see cref="DistributionFitter"/> fits.</summary>
/// <param name="Families">The families to fit (default: <see cref="FitFamilies.Default"/>).</param>
/// <param name="Bootstrap">Parametric-bootstrap replicates per family for the p-values and intervals, 0-100,000 (default 199; 0: none).</param>
/// <param name="Seed">The bootstrap's seed (default 1).</param>
/// <param name="Threads">Threads for the bootstrap, 1-256 (0, the default: the processor count); the result does not depend on it.</param>
public sealed record DistributionFitOptions(IReadOnlyList<FitFamily>? Families = null, int Bootstrap = DistributionFitOptions.DefaultBootstrap, ulong Seed = 1, int Threads = 0)
{
    /// <summary>The default number of bootstrap replicates: p-values in steps of 1/200.</summary>
    public const int DefaultBootstrap = 199;

    /// <summary>The families (validated: at least one, each once).</summary>
    public IReadOnlyList<FitFamily> Families { get; } = Families is null ? FitFamilies.Default : Preconditions.UniqueKeys(Preconditions.NotEmpty(Families), f => f.Name);

    /// <summary>Bootstrap replicates (validated: 0-100,000).</summary>
    public int Bootstrap { get; } = Preconditions.InRange(Bootstrap, 0, 100_000);

    /// <summary>Threads (validated: 1-256).</summary>
    public int Threads { get; } = Preconditions.InRange(Threads == 0 ? Environment.ProcessorCount : Threads, 1, 256);
}
