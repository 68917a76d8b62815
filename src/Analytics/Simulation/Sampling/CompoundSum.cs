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
/// Lognormal values are added in draw order, each exp(mu + sigma z) by VectorMath's polynomial
/// exponential (<see cref="LogNormalTrialSum"/>); with 512-bit vectors <see cref="LogNormalLanes"/>
/// computes the same bits for 8 trials at a time.
/// </summary>
public static class CompoundSum
{
    /// <summary>Values are drawn into a buffer of this many doubles (fits the L1 cache) before they are summed (values other than lognormal).</summary>
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
        if (value is LogNormal lognormal)
        {
            // Fewer trials than lanes (e.g. a design that runs each row as a one-trial block) would
            // leave most lanes empty: the scalar path, with the same bits, is then the faster one.
            if (counts.Length >= LogNormalLanes.MinTrials && LogNormalLanes.Applies(lognormal.Mu, lognormal.Sigma))
            {
                block.LogNormalLanes.Add(seed, counts, lognormal.Mu, lognormal.Sigma, totals);
            }
            else
            {
                AddLogNormal(seed, counts, lognormal.Mu, lognormal.Sigma, block.RentDoubles(ChunkLength), totals);
            }
        }
        else
        {
            AddGeneral(seed, counts, value, block.RentDoubles(ChunkLength), totals);
        }
    }

    /// <summary>
    /// One trial's sum of <paramref name="count"/> lognormal values: z_j the next standard normals of
    /// <paramref name="rng"/> (the trial's sub-stream), each exp(mu + sigma z_j) by <see cref="VectorMath.Exp(double)"/>,
    /// added in draw order starting from 0. The definition <see cref="LogNormalLanes"/> reproduces.
    /// </summary>
    internal static double LogNormalTrialSum(Xoshiro256StarStar rng, int count, double mu, double sigma)
    {
        var sum = 0.0;
        for (var j = 0; j < count; j++)
        {
            sum += VectorMath.Exp(Math.FusedMultiplyAdd(StandardNormal.Sample(ref rng), sigma, mu));
        }

        return sum;
    }

    /// <summary>
    /// The path without 512-bit vectors (or with parameters so extreme that an exponent could leave
    /// the polynomial's range): trial by trial, each trial's normals into a buffer by the scalar
    /// ziggurat, exp(mu + sigma z) over the buffer by <see cref="VectorMath.ExpAffine"/> (lane for
    /// lane the same bits as <see cref="VectorMath.Exp(double)"/>), then added in draw order: exactly
    /// <see cref="LogNormalTrialSum"/>, at the old buffered speed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddLogNormal(ulong seed, ReadOnlySpan<int> counts, double mu, double sigma, Span<double> buffer, Span<double> totals)
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
            var sum = 0.0;
            for (var left = counts[t]; left > 0; left -= buffer.Length)
            {
                var piece = buffer[..Math.Min(left, buffer.Length)];
                StandardNormal.Fill(ref rng, piece);
                VectorMath.ExpAffine(piece, mu, sigma);
                foreach (var value in piece)
                {
                    sum += value; // one at a time: the defined order
                }
            }

            totals[t] += sum;
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
