using System.Runtime.CompilerServices;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Sampling;

/// <summary>
/// Per-trial sums of a random number of independent values (e.g. each trial's orders): the hot
/// loop of the sales models. Trial t's values are the first counts[t] draws of its own sub-stream,
/// whose seed is the t-th output of the block's stream for the key; so a trial's values do not
/// depend on any other trial's count, and two scenarios that differ only in a count distribution
/// share the values of every order they have in common (common random numbers stay aligned).
/// </summary>
public static class CompoundSum
{
    /// <summary>Values are drawn into a buffer of this many doubles (fits the L1 cache) before they are summed.</summary>
    public const int ChunkLength = 2048;

    /// <summary>For each trial t of the block adds Σ_{j &lt; counts[t]} X_tj, X_tj ~ <paramref name="value"/> i.i.d., to totals[t].</summary>
    /// <param name="block">The block (its stream for <paramref name="key"/> seeds the trials' sub-streams).</param>
    /// <param name="key">The stream key of the values, e.g. <c>RandomStreams.Key("repurchase.tierA.values")</c>.</param>
    /// <param name="counts">Number of values per trial (each &gt;= 0).</param>
    /// <param name="value">The distribution of one value.</param>
    /// <param name="totals">Per-trial totals to add to.</param>
    public static void Add(BlockContext block, ulong key, ReadOnlySpan<int> counts, Distribution value, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(value);
        if (counts.Length != totals.Length)
        {
            throw new ArgumentException($"totals must have one entry per count ({counts.Length}); had {totals.Length}.", nameof(totals));
        }

        var seed = block.StreamSeed(key);
        var buffer = block.RentDoubles(ChunkLength);
        if (value is LogNormal lognormal)
        {
            AddLogNormal(seed, counts, lognormal.Mu, lognormal.Sigma, buffer, totals);
        }
        else
        {
            AddGeneral(seed, counts, value, buffer, totals);
        }
    }

    // Normals for many trials go into one buffer, one vectorised exp serves them all, then each
    // trial's segment is summed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLogNormal(ulong seed, ReadOnlySpan<int> counts, double mu, double sigma, Span<double> buffer, Span<double> totals)
    {
        var seeds = new SplitMix64(seed);
        var t = 0;
        while (t < counts.Length)
        {
            var first = t;
            var fill = 0;
            while (t < counts.Length && fill + counts[t] <= buffer.Length)
            {
                var c = counts[t];
                var trialSeed = seeds.Next();
                if (c > 0)
                {
                    var rng = new Xoshiro256StarStar(trialSeed);
                    StandardNormal.Fill(ref rng, buffer.Slice(fill, c));
                    fill += c;
                }

                t++;
            }

            VectorMath.ExpAffine(buffer[..fill], mu, sigma);
            var position = 0;
            for (var s = first; s < t; s++)
            {
                totals[s] += VectorMath.Sum(buffer.Slice(position, counts[s]));
                position += counts[s];
            }

            if (t < counts.Length && counts[t] > buffer.Length)
            {
                // A trial with more values than the buffer holds: in pieces, from its own stream.
                var rng = new Xoshiro256StarStar(seeds.Next());
                for (var left = counts[t]; left > 0; left -= buffer.Length)
                {
                    var piece = buffer[..Math.Min(left, buffer.Length)];
                    StandardNormal.Fill(ref rng, piece);
                    VectorMath.ExpAffine(piece, mu, sigma);
                    totals[t] += VectorMath.Sum(piece);
                }

                t++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddGeneral(ulong seed, ReadOnlySpan<int> counts, Distribution value, Span<double> buffer, Span<double> totals)
    {
        var seeds = new SplitMix64(seed);
        for (var t = 0; t < counts.Length; t++)
        {
            var trialSeed = seeds.Next();
            if (counts[t] == 0)
            {
                continue;
            }

            var rng = new Xoshiro256StarStar(trialSeed);
            for (var left = counts[t]; left > 0; left -= buffer.Length)
            {
                var piece = buffer[..Math.Min(left, buffer.Length)];
                value.Samples(ref rng, piece);
                totals[t] += VectorMath.Sum(piece);
            }
        }
    }
}
