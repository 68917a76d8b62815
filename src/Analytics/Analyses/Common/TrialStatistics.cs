using Analytics.Common;
using Analytics.Simulation.Results;

namespace Analytics.Analyses.Common;

/// <summary>Statistics of per-trial values that the analyses share: means with standard errors, exceedance probabilities, quantiles and paired differences.</summary>
public static class TrialStatistics
{
    /// <summary>The mean of <paramref name="values"/> (at least one) and its standard error sd/√n.</summary>
    public static Estimate Mean(ReadOnlySpan<double> values)
    {
        RequireValues(values.Length);
        var n = values.Length;
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / n;
        double squares = 0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return new Estimate(mean, n > 1 ? Math.Sqrt(squares / (n - 1) / n) : 0);
    }

    /// <summary>P(value &gt;= <paramref name="threshold"/>) over the trials, with its binomial standard error sqrt(p(1 − p)/n).</summary>
    public static Estimate Exceedance(ReadOnlySpan<double> values, double threshold)
    {
        RequireValues(values.Length);
        Preconditions.Finite(threshold);
        var hits = 0;
        foreach (var v in values)
        {
            hits += v >= threshold ? 1 : 0;
        }

        return Proportion(hits, values.Length);
    }

    /// <summary>The share <paramref name="successes"/>/<paramref name="trials"/> with its binomial standard error.</summary>
    public static Estimate Proportion(long successes, long trials)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"successes must be in [0, trials] with trials > 0; were {successes} of {trials}.");
        }

        var p = (double)successes / trials;
        return new Estimate(p, MonteCarlo.BinomialStandardError(p, trials));
    }

    /// <summary>The <paramref name="probability"/> quantile (R type 7, linear between order statistics) of <paramref name="values"/>, which is left unchanged.</summary>
    public static double Quantile(ReadOnlySpan<double> values, double probability) => Quantiles(values, [probability])[0];

    /// <summary>Several quantiles (type 7) of <paramref name="values"/> at once, in the order of <paramref name="probabilities"/> (each in [0, 1]).</summary>
    public static double[] Quantiles(ReadOnlySpan<double> values, IReadOnlyList<double> probabilities)
    {
        RequireValues(values.Length);
        Preconditions.NotNull(probabilities);
        return Summaries.Quantiles(values, probabilities.Select(p => Preconditions.Probability(p)).ToArray());
    }

    /// <summary>
    /// Alternatives A and B compared trial by trial: per-trial revenues <paramref name="a"/> and
    /// <paramref name="b"/> (same length, same trials) against <paramref name="threshold"/>.
    /// </summary>
    public static PairedDifference Paired(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double threshold)
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

    private static void RequireValues(int count)
    {
        if (count == 0)
        {
            throw new ArgumentException("values must hold at least one trial; was empty.", "values");
        }
    }
}
