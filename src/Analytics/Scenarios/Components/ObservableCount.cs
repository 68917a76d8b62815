using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Components;

/// <summary>Writes one count per trial of a block: a component's own draws of something it counts.</summary>
/// <param name="block">The block, its inputs drawn.</param>
/// <param name="counts">One count per trial, written.</param>
public delegate void CountSampler(BlockContext block, Span<int> counts);

/// <summary>
/// A count a component draws in each trial out of a fixed number of independent chances (a benchmark
/// cascade's benchmarks won of its prospects), exposed so an analysis can condition on chances
/// already decided (a benchmark account won or lost): outcomes the trial's count contradicts rule
/// the trial out. Drawing it again reads the same streams, so the counts are the ones the
/// component's revenue was built from.
/// </summary>
/// <param name="Chances">The fixed number of chances (e.g. 3 prospects), &gt;= 0.</param>
/// <param name="Sample">Writes each trial's count, 0 to <paramref name="Chances"/>.</param>
public sealed record ObservableCount(int Chances, CountSampler Sample)
{
    /// <summary>The chances (validated: &gt;= 0).</summary>
    public int Chances { get; } = Preconditions.NonNegative(Chances);

    /// <summary>The sampler (validated: not null).</summary>
    public CountSampler Sample { get; } = Preconditions.NotNull(Sample);
}
