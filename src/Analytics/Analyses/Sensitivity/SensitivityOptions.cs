using Analytics.Common;

namespace Analytics.Analyses.Sensitivity;

/// <summary>How much work a sensitivity analysis does.</summary>
public sealed record SensitivityOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="trials">Trials of each tornado run and of the rank-correlation run: 100 to 10,000,000 (default 20,000).</param>
    /// <param name="sobolSamples">N of the Saltelli design (N (D + 2) model runs): 0 for no Sobol indices, else 16 to 1,000,000 (default 8192).</param>
    /// <param name="bootstrap">Bootstrap replicates for the Sobol intervals: 0 to 100,000 (default 500).</param>
    /// <param name="seed">The seed of every run (default 1).</param>
    /// <param name="threads">Worker threads, 1 to 1024 (default: the processor count); never changes results.</param>
    public SensitivityOptions(int trials = 20_000, int sobolSamples = 8192, int bootstrap = 500, ulong seed = 1, int? threads = null)
    {
        Trials = Preconditions.InRange(trials, 100, 10_000_000);
        SobolSamples = sobolSamples == 0 ? 0 : Preconditions.InRange(sobolSamples, 16, 1_000_000);
        Bootstrap = Preconditions.InRange(bootstrap, 0, 100_000);
        Seed = seed;
        Threads = Preconditions.InRange(threads ?? Environment.ProcessorCount, 1, 1024, nameof(threads));
    }

    /// <summary>Trials per tornado run and for the rank correlations.</summary>
    public int Trials { get; }

    /// <summary>N of the Saltelli design (0: none).</summary>
    public int SobolSamples { get; }

    /// <summary>Bootstrap replicates.</summary>
    public int Bootstrap { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>Worker threads.</summary>
    public int Threads { get; }
}
