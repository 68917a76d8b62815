using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.Sensitivity;

/// <summary>How much work a sensitivity analysis does: the runs' <see cref="SimulationOptions"/> (trials, seed, threads) and the Sobol design.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The smallest N of a Saltelli design other than 0 (none).</summary>
    public const int MinSobolSamples = 16;

    /// <summary>The largest N of a Saltelli design.</summary>
    public const int MaxSobolSamples = 1_000_000;

    /// <summary>The most bootstrap replicates.</summary>
    public const int MaxBootstrap = 100_000;

    /// <summary>Creates options.</summary>
    /// <param name="trials">Trials of each tornado run and of the rank-correlation run: <see cref="TrialRange.Sensitivity"/>, 100 to 10,000,000 (default 20,000).</param>
    /// <param name="sobolSamples">N of the Saltelli design (N (D + 2) model runs): 0 for no Sobol indices, else 16 to 1,000,000 (default 8192).</param>
    /// <param name="bootstrap">Bootstrap replicates for the Sobol intervals: 0 to 100,000 (default 500).</param>
    /// <param name="seed">The seed of every run (default 1).</param>
    /// <param name="threads">Worker threads, 1 to <see cref="SimulationOptions.MaxThreads"/> (default: the processor count); never changes results.</param>
    public SensitivityOptions(int trials = 20_000, int sobolSamples = 8192, int bootstrap = 500, ulong seed = 1, int? threads = null)
    {
        Simulation = new SimulationOptions(TrialRange.Sensitivity.Check(trials), seed, threads);
        SobolSamples = sobolSamples == 0 ? 0 : Preconditions.InRange(sobolSamples, MinSobolSamples, MaxSobolSamples);
        Bootstrap = Preconditions.InRange(bootstrap, 0, MaxBootstrap);
    }

    /// <summary>Trials, seed and threads of the tornado and rank-correlation runs (plain Monte Carlo).</summary>
    public SimulationOptions Simulation { get; }

    /// <summary>Trials per tornado run and for the rank correlations.</summary>
    public int Trials => Simulation.Trials;

    /// <summary>N of the Saltelli design (0: none).</summary>
    public int SobolSamples { get; }

    /// <summary>Bootstrap replicates.</summary>
    public int Bootstrap { get; }

    /// <summary>The seed.</summary>
    public ulong Seed => Simulation.Seed;

    /// <summary>Worker threads.</summary>
    public int Threads => Simulation.Threads;
}
