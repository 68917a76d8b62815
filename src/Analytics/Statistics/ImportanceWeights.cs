using Analytics.Common;

namespace Analytics.Statistics;

/// <summary>
/// Estimates from importance-weighted trials: trials drawn from a prior, each weighted by w_i &gt;= 0
/// (e.g. the likelihood of what was observed given the trial), so that the weighted trials stand
/// for the posterior. The self-normalised estimate of E[h] is Σ w h / Σ w; its standard error by
/// the delta method is sqrt(Σ w² (h − estimate)²) / Σ w (Owen, Monte Carlo theory, methods and
/// examples, 2013, §9.2), which reduces to the binomial error of independent trials when every
/// weight is equal. How much the weights cost is the effective sample size (Σ w)² / Σ w² (Kish):
/// the number of equally weighted trials that would give about the same error. Weights need not
/// add up to anything; at least one must be positive.
/// </summary>
public static class ImportanceWeights
{
    /// <summary>(Σ w)² / Σ w²: from 1 (one trial carries all the weight) to n (all weights equal).</summary>
    /// <exception cref="ArgumentException">No weight is positive, or a weight is negative or not finite.</exception>
    public static double EffectiveSampleSize(ReadOnlySpan<double> weights)
    {
        var (sum, squares) = Sums(weights);
        return sum * sum / squares;
    }

    /// <summary>The weighted mean Σ w x / Σ w of <paramref name="values"/> with its delta-method standard error.</summary>
    public static Estimate Mean(ReadOnlySpan<double> weights, ReadOnlySpan<double> values)
    {
        RequireSameLength(weights, values);
        var (sum, _) = Sums(weights);
        var mean = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            mean += weights[i] * values[i];
        }

        mean /= sum;
        return new Estimate(mean, DeltaMethodError(weights, values, mean, sum), StandardErrorMethod.ImportanceWeights);
    }

    /// <summary>P(value &gt;= <paramref name="threshold"/>) under the weights, with its delta-method error, the interval clipped to [0, 1].</summary>
    public static Estimate Exceedance(ReadOnlySpan<double> weights, ReadOnlySpan<double> values, double threshold)
    {
        RequireSameLength(weights, values);
        Preconditions.Finite(threshold);
        return Share(weights, TrialStatistics.Indicators(values, threshold));
    }

    /// <summary>The weighted share of the trials in which <paramref name="indicators"/> is 1 (each 0 or 1), with its delta-method error.</summary>
    public static Estimate Share(ReadOnlySpan<double> weights, ReadOnlySpan<double> indicators)
    {
        RequireSameLength(weights, indicators);
        var (sum, _) = Sums(weights);
        var hits = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            hits += indicators[i] switch
            {
                0 => 0,
                1 => weights[i],
                var v => throw new ArgumentException($"indicators must be 0 or 1; element {i} was {Preconditions.Format(v)}.", nameof(indicators)),
            };
        }

        var p = Math.Clamp(hits / sum, 0, 1);
        return Estimate.ProportionFromWeights(p, DeltaMethodError(weights, indicators, p, sum));
    }

    /// <summary>
    /// Quantiles of <paramref name="values"/> under the weights: for each probability q, the smallest
    /// value whose weighted cumulative share reaches q (the inverse of the weighted empirical CDF;
    /// with equal weights the type-1 quantile). Trials with weight 0 play no part.
    /// </summary>
    public static double[] Quantiles(ReadOnlySpan<double> weights, ReadOnlySpan<double> values, IReadOnlyList<double> probabilities)
    {
        RequireSameLength(weights, values);
        Preconditions.NotNull(probabilities);
        var (sum, _) = Sums(weights);
        var kept = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            kept += weights[i] > 0 ? 1 : 0;
        }

        var keys = new double[kept];
        var mass = new double[kept];
        for (int i = 0, k = 0; i < weights.Length; i++)
        {
            if (weights[i] > 0)
            {
                keys[k] = Preconditions.Finite(values[i], "values");
                mass[k++] = weights[i];
            }
        }

        Array.Sort(keys, mass);
        var result = new double[probabilities.Count];
        for (var q = 0; q < result.Length; q++)
        {
            var wanted = Preconditions.Probability(probabilities[q], "probabilities") * sum;
            var cumulative = 0.0;
            var j = 0;
            while (j < kept - 1 && cumulative + mass[j] < wanted)
            {
                cumulative += mass[j++];
            }

            result[q] = keys[j];
        }

        return result;
    }

    /// <summary>
    /// Alternatives A and B compared on the same weighted trials (common random numbers): the
    /// weighted difference in P(revenue &gt;= <paramref name="threshold"/>), in mean revenue and the
    /// weighted share of trials in which A gives more, each with its delta-method error.
    /// </summary>
    public static PairedDifference Paired(ReadOnlySpan<double> weights, ReadOnlySpan<double> a, ReadOnlySpan<double> b, double threshold)
    {
        RequireSameLength(weights, a);
        RequireSameLength(weights, b);
        Preconditions.Finite(threshold);
        var n = weights.Length;
        var (hits, differences, beats) = (new double[n], new double[n], new double[n]);
        for (var t = 0; t < n; t++)
        {
            hits[t] = (a[t] >= threshold ? 1 : 0) - (b[t] >= threshold ? 1 : 0);
            differences[t] = a[t] - b[t];
            beats[t] = a[t] > b[t] ? 1 : 0;
        }

        return new PairedDifference(Mean(weights, hits), Mean(weights, differences), Share(weights, beats));
    }

    /// <summary>sqrt(Σ w² (x − estimate)²) / Σ w.</summary>
    private static double DeltaMethodError(ReadOnlySpan<double> weights, ReadOnlySpan<double> values, double estimate, double sum)
    {
        var squares = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            var d = weights[i] * (values[i] - estimate);
            squares += d * d;
        }

        return Math.Sqrt(squares) / sum;
    }

    private static (double Sum, double Squares) Sums(ReadOnlySpan<double> weights)
    {
        double sum = 0, squares = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var w = weights[i];
            if (!(w >= 0) || !double.IsFinite(w))
            {
                throw new ArgumentException($"weights must be finite and >= 0; element {i} was {Preconditions.Format(w)}.", nameof(weights));
            }

            sum += w;
            squares += w * w;
        }

        return sum > 0 ? (sum, squares) : throw new ArgumentException($"weights must hold at least one positive weight; all {weights.Length} were 0.", nameof(weights));
    }

    private static void RequireSameLength(ReadOnlySpan<double> weights, ReadOnlySpan<double> values)
    {
        if (weights.Length != values.Length)
        {
            throw new ArgumentException($"values must have one value per weight ({weights.Length}); had {values.Length}.", nameof(values));
        }
    }
}
