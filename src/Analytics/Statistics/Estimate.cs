using Analytics.Common;

namespace Analytics.Statistics;

/// <summary>
/// A Monte Carlo estimate (a mean, a proportion, a difference, an index) with its standard error,
/// a 95% interval and how the error was estimated: the one estimate type of the run summaries,
/// every analysis, every command and the charts. The interval is fixed when the estimate is made:
/// <see cref="Wilson"/> for the share of a run's independent trials (the run summary's P(hit)),
/// <see cref="ProportionFromBlocks"/> for a share whose error comes from a Latin hypercube's blocks,
/// <see cref="ProportionFromWeights"/> for a share of importance-weighted trials, and otherwise Value ± <see cref="Z95"/> · SE.
/// </summary>
/// <remarks>
/// Two interval rules for a share of independent trials, on purpose; both carry the same binomial
/// standard error sqrt(p(1 − p)/n), only the 95% interval differs. Wilson's score interval is for a
/// single headline probability shown with its interval (the run summaries of <c>simulate</c> and the
/// report's headline, the convergence table): it stays inside [0, 1] and keeps its coverage when
/// P(hit) is near 0 or 1, where value ± 1.96 SE would cross the bounds. The analyses' shares
/// (<see cref="TrialStatistics.Proportion"/>: splits, the quarterly rule, goal seek) take the
/// symmetric normal interval, because they are compared, differenced and fitted: paired
/// differences, goal-seek slopes and error bars need an error that is symmetric around the value
/// and adds in quadrature. For shares from 1% to 99% of 10,000 trials or more the two intervals'
/// ends differ by at most 0.02 points. Making them one would move the analyses' reported intervals
/// (the goal-seek chart's error bars among them) for no gain in what is decided.
/// </remarks>
public sealed record Estimate
{
    /// <summary>The two-sided 95% normal quantile, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Creates an estimate with the normal 95% interval Value ± <see cref="Z95"/> · SE.</summary>
    /// <param name="value">The estimate (finite).</param>
    /// <param name="standardError">Its standard error (finite, &gt;= 0).</param>
    /// <param name="method">How the error was estimated (default: from independent trials).</param>
    public Estimate(double value, double standardError, StandardErrorMethod method = StandardErrorMethod.IndependentTrials)
        : this(value, standardError, value - (Z95 * standardError), value + (Z95 * standardError), method)
    {
    }

    private Estimate(double value, double standardError, double lower95, double upper95, StandardErrorMethod method)
    {
        Value = Preconditions.Finite(value);
        StandardError = Preconditions.NonNegative(standardError);
        Lower95 = lower95;
        Upper95 = upper95;
        Method = Enum.IsDefined(method) ? method : throw new ArgumentOutOfRangeException(nameof(method), $"method must be IndependentTrials, BetweenBlocks or ImportanceWeights; was {method}.");
    }

    /// <summary>The estimate.</summary>
    public double Value { get; }

    /// <summary>Its standard error (&gt;= 0).</summary>
    public double StandardError { get; }

    /// <summary>Lower end of the 95% interval.</summary>
    public double Lower95 { get; }

    /// <summary>Upper end of the 95% interval.</summary>
    public double Upper95 { get; }

    /// <summary>How <see cref="StandardError"/> was estimated.</summary>
    public StandardErrorMethod Method { get; }

    /// <summary>
    /// The share <paramref name="successes"/>/<paramref name="trials"/> of independent trials with
    /// its binomial standard error sqrt(p(1 − p)/n) and Wilson's score interval, which stays inside
    /// [0, 1] and keeps its coverage near 0 and 1.
    /// </summary>
    /// <param name="successes">Trials in which the event happened, 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Trials, &gt; 0.</param>
    public static Estimate Wilson(long successes, long trials)
    {
        TrialStatistics.RequireCounts(successes, trials);
        var n = (double)trials;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new Estimate(p, TrialStatistics.BinomialStandardError(p, n), Math.Max(0, centre - half), Math.Min(1, centre + half), StandardErrorMethod.IndependentTrials);
    }

    /// <summary>A share whose standard error comes from block replicates (a Latin hypercube), with the normal 95% interval clipped to [0, 1].</summary>
    /// <param name="probability">The share, in [0, 1].</param>
    /// <param name="standardError">Its between-block standard error, &gt;= 0.</param>
    public static Estimate ProportionFromBlocks(double probability, double standardError)
    {
        Preconditions.Probability(probability);
        return Clipped(probability, standardError, StandardErrorMethod.BetweenBlocks);
    }

    /// <summary>
    /// A share of importance-weighted trials (a self-normalised estimate, <see cref="ImportanceWeights"/>) with its
    /// delta-method standard error and the normal 95% interval clipped to [0, 1].
    /// </summary>
    /// <param name="probability">The share, in [0, 1].</param>
    /// <param name="standardError">Its delta-method standard error, &gt;= 0.</param>
    public static Estimate ProportionFromWeights(double probability, double standardError)
    {
        Preconditions.Probability(probability);
        return Clipped(probability, standardError, StandardErrorMethod.ImportanceWeights);
    }

    private static Estimate Clipped(double probability, double standardError, StandardErrorMethod method)
        => new(probability, standardError, Math.Max(0, probability - (Z95 * standardError)), Math.Min(1, probability + (Z95 * standardError)), method);
}
