namespace Analytics.Analyses.Tracking;

/// <summary>The range of an amount's outcomes: its 10th, 50th and 90th percentiles (萬元).</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
public sealed record OutcomeRange(double P10, double P50, double P90)
{
    /// <summary>The three probabilities, in order.</summary>
    public static IReadOnlyList<double> Probabilities { get; } = [0.10, 0.50, 0.90];

    /// <summary>From three quantiles in the order of <see cref="Probabilities"/>.</summary>
    public static OutcomeRange Of(IReadOnlyList<double> values) => new(values[0], values[1], values[2]);
}
