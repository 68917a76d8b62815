namespace Analytics.Simulation.Results;

/// <summary>Percentiles of an output (linear interpolation between order statistics, as R's type 7 and NumPy's default).</summary>
/// <param name="P5">5th percentile.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile (lower quartile).</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile (upper quartile).</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record Percentiles(double P5, double P10, double P25, double P50, double P75, double P90, double P95)
{
    /// <summary>The probability levels, in the order of the properties.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

    /// <summary>The values in the order of <see cref="Levels"/>.</summary>
    public IReadOnlyList<double> Values => [P5, P10, P25, P50, P75, P90, P95];
}
