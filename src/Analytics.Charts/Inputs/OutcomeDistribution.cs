using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One bar of a histogram: the share of trials whose result fell in [From, To).</summary>
/// <param name="From">Lower edge, 萬元.</param>
/// <param name="To">Upper edge, 萬元 (&gt; From).</param>
/// <param name="Share">Share of trials in the bin, 0-1.</param>
public sealed record HistogramBin(double From, double To, double Share)
{
    /// <summary>Lower edge, 萬元.</summary>
    public double From { get; } = Preconditions.Finite(From);

    /// <summary>Upper edge, 萬元, above <see cref="From"/>.</summary>
    public double To { get; } = Preconditions.GreaterThan(To, From);

    /// <summary>Share of trials, 0-1.</summary>
    public double Share { get; } = Preconditions.Probability(Share);
}

/// <summary>One point of the S-curve: the probability that the result is at most <paramref name="Value"/>.</summary>
/// <param name="Value">萬元.</param>
/// <param name="Probability">P(result &lt;= Value), 0-1.</param>
public sealed record CdfPoint(double Value, double Probability)
{
    /// <summary>萬元.</summary>
    public double Value { get; } = Preconditions.Finite(Value);

    /// <summary>0-1.</summary>
    public double Probability { get; } = Preconditions.Probability(Probability);
}

/// <summary>
/// The simulated distribution of the year's revenue, as the engine summarises it: a histogram,
/// the S-curve (e.g. its percentiles P5..P95 as points), the target and the probability of
/// reaching it with its Monte Carlo standard error. The chart draws these; it computes nothing.
/// </summary>
/// <param name="Bins">Histogram bars, ascending.</param>
/// <param name="Cumulative">S-curve points, ascending in value and probability.</param>
/// <param name="Target">The target, 萬元.</param>
/// <param name="ProbabilityOfHit">P(revenue &gt;= target), 0-1.</param>
/// <param name="StandardError">Its Monte Carlo standard error, 0-1, or null when unknown.</param>
public sealed record OutcomeDistribution(IReadOnlyList<HistogramBin> Bins, IReadOnlyList<CdfPoint> Cumulative, double Target, double ProbabilityOfHit, double? StandardError = null)
{
    /// <summary>Histogram bars (at least one).</summary>
    public IReadOnlyList<HistogramBin> Bins { get; } = Preconditions.NotEmpty(Bins);

    /// <summary>S-curve points (may be empty: then only the histogram is drawn).</summary>
    public IReadOnlyList<CdfPoint> Cumulative { get; } = Preconditions.NotNull(Cumulative);

    /// <summary>The target, 萬元, finite.</summary>
    public double Target { get; } = Preconditions.Finite(Target);

    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);

    /// <summary>Standard error of P(hit), 0-1, or null.</summary>
    public double? StandardError { get; } = StandardError is { } se ? Preconditions.Probability(se) : null;
}
