using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Simulation.Results;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a run's per-trial values of one output into the chart's <see cref="OutcomeDistribution"/>:
/// it sorts and counts, nothing else. The probability of reaching the target and its standard
/// error are the engine's own estimate (so a Latin hypercube run keeps its between-block error).
/// </summary>
public static class OutcomeDistributions
{
    /// <summary>Histogram bars when not told otherwise.</summary>
    public const int DefaultBins = 40;

    /// <summary>
    /// The share of trials the bars span: the range runs from the 0.1% to the 99.9% quantile (snapped
    /// outward to a round bin width), so a long tail does not squeeze the bulk into a few bars. Trials
    /// beyond it are left out of the bars (each bar's share is still of all trials); the S-curve and
    /// P(hit) count every trial.
    /// </summary>
    public const double DrawnShare = 0.998;

    /// <summary>The distribution of output <paramref name="output"/> of <paramref name="result"/> against its target.</summary>
    /// <param name="result">A run.</param>
    /// <param name="output">The output's name; default the scenario total.</param>
    /// <param name="bins">About how many bars, 1-500 (default 40); the width is rounded to 1, 2, 2.5 or 5 times a power of ten.</param>
    /// <exception cref="ArgumentException">The output has no target.</exception>
    public static OutcomeDistribution From(SimulationResult result, string output = "total", int bins = DefaultBins)
    {
        Preconditions.NotNull(result);
        return From(result.Output(output), result.Samples(output).Span, bins);
    }

    /// <summary>The distribution of <paramref name="samples"/>, whose engine summary is <paramref name="summary"/>.</summary>
    /// <param name="summary">The output's summary (its target and P(&gt;= target) with the standard error).</param>
    /// <param name="samples">Its per-trial values, at least one, all finite.</param>
    /// <param name="bins">About how many bars, 1-500 (default 40).</param>
    public static OutcomeDistribution From(OutputSummary summary, ReadOnlySpan<double> samples, int bins = DefaultBins)
    {
        Preconditions.NotNull(summary);
        Preconditions.InRange(bins, 1, 500);
        if (summary.Target is not { } target || summary.ProbabilityOfTarget is not { } hit)
        {
            throw new ArgumentException($"output \"{summary.Name}\" has no target, so there is no probability of reaching it to show.", nameof(summary));
        }

        if (samples.IsEmpty)
        {
            throw new ArgumentException("samples must hold at least one trial.", nameof(samples));
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        if (!double.IsFinite(sorted[0]) || !double.IsFinite(sorted[^1]))
        {
            throw new ArgumentException("samples must all be finite numbers.", nameof(samples));
        }

        var tail = (1 - DrawnShare) / 2;
        var low = sorted[(int)Math.Floor(tail * (sorted.Length - 1))];
        var high = sorted[(int)Math.Ceiling((1 - tail) * (sorted.Length - 1))];
        var width = RoundWidth(high > low ? (high - low) / bins : Math.Max(Math.Abs(low) / 100, 1));
        var first = Math.Floor(low / width) * width;
        var count = Math.Max(1, (int)Math.Ceiling((high - first) / width));
        if (first + (count * width) <= high)
        {
            count++; // the top value sits on an edge: bins are [from, to), so it needs one more
        }

        var histogram = new HistogramBin[count];
        var curve = new CdfPoint[count + 1];
        var n = (double)sorted.Length;
        var below = CountBelow(sorted, first);
        curve[0] = new CdfPoint(first, CountAtMost(sorted, first) / n);
        for (var b = 0; b < count; b++)
        {
            var from = first + (b * width);
            var to = first + ((b + 1) * width);
            var upTo = CountBelow(sorted, to);
            histogram[b] = new HistogramBin(from, to, (upTo - below) / n);
            curve[b + 1] = new CdfPoint(to, CountAtMost(sorted, to) / n);
            below = upTo;
        }

        return new OutcomeDistribution(histogram, curve, target, hit.Value, hit.StandardError);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 x 10^k at least <paramref name="raw"/>.</summary>
    internal static double RoundWidth(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var step in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (step * power >= raw * (1 - 1e-12))
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    // Trials strictly below x (the first index whose value is >= x).
    private static int CountBelow(double[] sorted, double x) => Bound(sorted, v => v < x);

    // Trials at most x (the first index whose value is > x).
    private static int CountAtMost(double[] sorted, double x) => Bound(sorted, v => v <= x);

    // The first index at which the ascending array stops satisfying the (monotone) condition.
    private static int Bound(double[] sorted, Func<double, bool> before)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (before(sorted[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
