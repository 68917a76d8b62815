using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// One worker's scratch for <see cref="SplitSamples.Evaluate(Split, SplitBuffers)"/>: the totals,
/// one stream's revenue and whether every stream met its sub-target, per trial. A worker allocates
/// one and reuses it for every split it judges, so a grid costs three trial-length arrays per worker,
/// not per split. Not thread-safe: one worker, one set.
/// </summary>
internal sealed class SplitBuffers
{
    /// <summary>Creates buffers for <paramref name="trials"/> trials (&gt;= 1).</summary>
    public SplitBuffers(int trials)
    {
        Trials = Preconditions.Positive(trials);
        Totals = new double[trials];
        Stream = new double[trials];
        Met = new bool[trials];
    }

    /// <summary>The trials each buffer holds.</summary>
    public int Trials { get; }

    /// <summary>Each trial's total under the split being judged (read after the evaluation, e.g. for P(hit)).</summary>
    public double[] Totals { get; }

    /// <summary>Each trial's revenue of the stream being summed.</summary>
    public double[] Stream { get; }

    /// <summary>Whether every stream so far met its sub-target in the trial.</summary>
    public bool[] Met { get; }
}
