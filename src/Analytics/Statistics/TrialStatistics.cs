using Analytics.Common;

namespace Analytics.Statistics;

/// <summary>
/// Estimates from per-trial values, the one home of every command's and analysis's statistics:
/// means with standard errors, exceedance probabilities and shares, quantiles and paired
/// differences. Functions of per-trial values take the <see cref="TrialDesign"/> that drew them
/// (default: independent trials), so a Latin hypercube run gets its between-block error.
/// </summary>
public static class TrialStatistics
{
    /// <summary>sqrt(p(1 − p)/n): the standard error of a share <paramref name="p"/> of <paramref name="n"/> independent trials (unchecked: the callers hold a share in [0, 1] and n &gt; 0).</summary>
    public static double BinomialStandardError(double p, double n) => Math.Sqrt(p * (1 - p) / n);

    /// <summary>The mean of <paramref name="values"/> (at least one) and its standard error: sd/√n for independent trials, from the block means for a Latin hypercube (see <paramref name="design"/>).</summary>
    public static Estimate Mean(ReadOnlySpan<double> values, TrialDesign? design = null)
    {
        RequireValues(values.Length);
        var n = values.Length;
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / n;
        if (MethodFor(design, n) == StandardErrorMethod.BetweenBlocks)
        {
            return new Estimate(mean, BetweenBlocks(values, design!.BlockSize), StandardErrorMethod.BetweenBlocks);
        }

        double squares = 0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return new Estimate(mean, n > 1 ? Math.Sqrt(squares / (n - 1) / n) : 0);
    }

    /// <summary>
    /// P(value &gt;= <paramref name="threshold"/>) over the trials, with its standard error: the
    /// binomial sqrt(p(1 − p)/n) for independent trials (normal interval), between blocks for a
    /// Latin hypercube (interval clipped to [0, 1]).
    /// </summary>
    public static Estimate Exceedance(ReadOnlySpan<double> values, double threshold, TrialDesign? design = null)
    {
        RequireValues(values.Length);
        Preconditions.Finite(threshold);
        var hits = 0;
        foreach (var v in values)
        {
            hits += v >= threshold ? 1 : 0;
        }

        if (MethodFor(design, values.Length) == StandardErrorMethod.BetweenBlocks)
        {
            return Estimate.ProportionFromBlocks((double)hits / values.Length, BetweenBlocks(Indicators(values, threshold), design!.BlockSize));
        }

        return Proportion(hits, values.Length);
    }

    /// <summary>The share <paramref name="successes"/>/<paramref name="trials"/> of independent trials with its binomial standard error and the normal interval.</summary>
    public static Estimate Proportion(long successes, long trials)
    {
        RequireCounts(successes, trials);
        var p = (double)successes / trials;
        return new Estimate(p, BinomialStandardError(p, trials));
    }

    /// <summary>
    /// The standard error of a share at <paramref name="level"/> over <paramref name="trials"/>
    /// trials, estimated the way <paramref name="measured"/> (a share near the level) was: for
    /// independent trials the binomial error at the level itself; between blocks there is no
    /// formula in the level, so the error measured.
    /// </summary>
    public static double StandardErrorAt(Estimate measured, double level, long trials)
    {
        Preconditions.NotNull(measured);
        Preconditions.Probability(level);
        RequireCounts(0, trials);
        return measured.Method == StandardErrorMethod.BetweenBlocks ? measured.StandardError : BinomialStandardError(level, trials);
    }

    /// <summary>The <paramref name="probability"/> quantile (R type 7, linear between order statistics) of <paramref name="values"/>, which is left unchanged.</summary>
    public static double Quantile(ReadOnlySpan<double> values, double probability) => Quantiles(values, [probability])[0];

    /// <summary>Several quantiles (type 7, <see cref="Type7Quantiles"/>) of <paramref name="values"/> at once, in the order of <paramref name="probabilities"/> (each in [0, 1]).</summary>
    public static double[] Quantiles(ReadOnlySpan<double> values, IReadOnlyList<double> probabilities)
    {
        RequireValues(values.Length);
        Preconditions.NotNull(probabilities);
        return Type7Quantiles.Of(values, probabilities.Select(p => Preconditions.Probability(p)).ToArray());
    }

    /// <summary>
    /// Alternatives A and B compared trial by trial: per-trial revenues <paramref name="a"/> and
    /// <paramref name="b"/> (same length, same trials) against <paramref name="threshold"/>, each
    /// error from the per-trial differences (independent trials) or their block means (a Latin
    /// hypercube, see <paramref name="design"/>).
    /// </summary>
    public static PairedDifference Paired(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double threshold, TrialDesign? design = null)
    {
        RequireValues(a.Length);
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"b must have one value per trial of a ({a.Length}); had {b.Length}.", nameof(b));
        }

        Preconditions.Finite(threshold);
        var n = a.Length;
        double dHit = 0, dHitSquares = 0, dMean = 0, beats = 0;
        for (var t = 0; t < n; t++)
        {
            var (x, y) = (a[t], b[t]);
            var d = (x >= threshold ? 1 : 0) - (y >= threshold ? 1 : 0);
            dHit += d;
            dHitSquares += d * d;
            dMean += x - y;
            beats += x > y ? 1 : 0;
        }

        var meanHit = dHit / n;
        var meanDiff = dMean / n;
        if (MethodFor(design, n) == StandardErrorMethod.BetweenBlocks)
        {
            var (hitDifferences, differences, beaten) = (new double[n], new double[n], new double[n]);
            for (var t = 0; t < n; t++)
            {
                hitDifferences[t] = (a[t] >= threshold ? 1 : 0) - (b[t] >= threshold ? 1 : 0);
                differences[t] = a[t] - b[t];
                beaten[t] = a[t] > b[t] ? 1 : 0;
            }

            var size = design!.BlockSize;
            return new PairedDifference(
                new Estimate(meanHit, BetweenBlocks(hitDifferences, size), StandardErrorMethod.BetweenBlocks),
                new Estimate(meanDiff, BetweenBlocks(differences, size), StandardErrorMethod.BetweenBlocks),
                Estimate.ProportionFromBlocks(beats / n, BetweenBlocks(beaten, size)));
        }

        double squares = 0;
        for (var t = 0; t < n; t++)
        {
            squares += (a[t] - b[t] - meanDiff) * (a[t] - b[t] - meanDiff);
        }

        var hitVariance = n > 1 ? Math.Max(0, (dHitSquares - (n * meanHit * meanHit)) / (n - 1)) : 0;
        return new PairedDifference(
            new Estimate(meanHit, Math.Sqrt(hitVariance / n)),
            new Estimate(meanDiff, n > 1 ? Math.Sqrt(squares / (n - 1) / n) : 0),
            Proportion((long)beats, n));
    }

    /// <summary>
    /// The standard error of the mean of <paramref name="perTrial"/> (at least two blocks of
    /// <paramref name="blockSize"/>; the last may be short) from its block means:
    /// sqrt(B/(B − 1) Σ (n_b/N)² (m_b − m)²).
    /// </summary>
    internal static double BetweenBlocks(ReadOnlySpan<double> perTrial, int blockSize)
    {
        var n = perTrial.Length;
        var blocks = (n + blockSize - 1) / blockSize;
        var means = new double[blocks];
        var weights = new double[blocks];
        var overall = 0.0;
        for (var b = 0; b < blocks; b++)
        {
            var start = b * blockSize;
            var count = Math.Min(blockSize, n - start);
            var sum = 0.0;
            for (var i = start; i < start + count; i++)
            {
                sum += perTrial[i];
            }

            means[b] = sum / count;
            weights[b] = (double)count / n;
            overall += sum;
        }

        overall /= n;
        var variance = 0.0;
        for (var b = 0; b < blocks; b++)
        {
            variance += weights[b] * weights[b] * (means[b] - overall) * (means[b] - overall);
        }

        return Math.Sqrt(variance * blocks / (blocks - 1));
    }

    /// <summary>1 for each value &gt;= <paramref name="threshold"/>, else 0: the per-trial values of an exceedance probability.</summary>
    internal static double[] Indicators(ReadOnlySpan<double> values, double threshold)
    {
        var indicators = new double[values.Length];
        for (var t = 0; t < values.Length; t++)
        {
            indicators[t] = values[t] >= threshold ? 1 : 0;
        }

        return indicators;
    }

    /// <summary>Fails unless 0 &lt;= <paramref name="successes"/> &lt;= <paramref name="trials"/> and trials &gt; 0.</summary>
    internal static void RequireCounts(long successes, long trials)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"successes must be in [0, trials] with trials > 0; were {successes} of {trials}.");
        }
    }

    private static StandardErrorMethod MethodFor(TrialDesign? design, long trials)
        => design?.MethodFor(trials) ?? StandardErrorMethod.IndependentTrials;

    private static void RequireValues(int count)
    {
        if (count == 0)
        {
            throw new ArgumentException("values must hold at least one trial; was empty.", "values");
        }
    }
}
