using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>
/// The split that sets every stream's sub-target at the same quantile level of that stream's own
/// revenue distribution, the sub-targets adding up to the target: each stream is equally likely
/// (<see cref="Level"/>) to reach its sub-target, so none is set up to fail. When the split also
/// steers effort (a response model), the distributions are those the split itself brings (a fixed
/// point, found by iteration).
/// </summary>
/// <param name="Row">The split and what it gives.</param>
/// <param name="Level">The common probability of a stream reaching its sub-target (for a stream with an atom, e.g. no benchmark won, at least this).</param>
/// <param name="Iterations">Fixed-point iterations used (1 without a response model).</param>
/// <param name="Converged">Whether the shares settled (to 1e-6) within the iteration limit and the target could be split at all.</param>
public sealed record RiskBalancedSplit(SplitRow Row, double Level, int Iterations, bool Converged)
{
    /// <summary>
    /// The risk-balanced split of <paramref name="samples"/>: from the plan's split, the level α at
    /// which the streams' (1 − α) quantiles add up to the target is found by bisection, the split
    /// becomes those quantiles' shares, and with a response model the streams' revenues under the
    /// new split give the next round, until the shares settle.
    /// </summary>
    /// <param name="samples">The draws.</param>
    /// <param name="maxIterations">Fixed-point iterations at most, 1 to 1000 (default 100); one suffices without a response model.</param>
    /// <param name="threads">Threads, 1 to <see cref="Simulation.Engine.SimulationOptions.MaxThreads"/> (default: the processor count); results do not depend on it.</param>
    public static RiskBalancedSplit Of(SplitSamples samples, int maxIterations = 100, int? threads = null)
    {
        Preconditions.NotNull(samples);
        Preconditions.InRange(maxIterations, 1, 1000);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Simulation.Engine.SimulationOptions.ResolveThreads(threads) };
        var k = samples.Streams.Count;
        var split = samples.Plan;
        var sorted = new double[k][];
        double level = 0;
        var converged = false;
        var iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            // The streams' revenues are independent work (an exponential per trial, then a sort): one per core.
            var current = split;
            Parallel.For(0, k, parallel, s =>
            {
                sorted[s] = samples.StreamRevenue(current, s);
                Array.Sort(sorted[s]);
            });

            // Σ_k Q_k(1 − α) falls as α rises: bisect for the α at which it equals the target.
            double SubTargets(double alpha) => sorted.Sum(v => Type7Quantiles.OfSorted(v, 1 - alpha));
            if (SubTargets(0) < samples.Target || SubTargets(1) > samples.Target)
            {
                // Even the best (worst) outcomes of every stream fall short of (exceed) the target.
                level = SubTargets(0) < samples.Target ? 0 : 1;
                converged = false;
                break;
            }

            double lo = 0, hi = 1;
            for (var i = 0; i < 60; i++)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = SubTargets(mid) > samples.Target ? (mid, hi) : (lo, mid);
            }

            level = (lo + hi) / 2;
            var targets = sorted.Select(v => Type7Quantiles.OfSorted(v, 1 - level)).ToArray();
            var next = Split.Normalised(targets.Select(t => t / targets.Sum()).ToArray());
            var change = Enumerable.Range(0, k).Max(s => Math.Abs(next[s] - split[s]));
            split = next;
            if (!samples.HasResponse || change < 1e-6)
            {
                converged = true;
                break;
            }
        }

        return new RiskBalancedSplit(samples.Evaluate(split), level, iterations, converged);
    }
}

