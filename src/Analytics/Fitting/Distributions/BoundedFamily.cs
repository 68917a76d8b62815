namespace Analytics.Fitting.Distributions;

/// <summary>
/// A family on a bounded range, θ = (min, mode, max) (triangular, PERT): its ends are searched below the
/// smallest and above the largest observation, as min = x(1) − r·e^u and max = x(n) + r·e^v with r the
/// sample's range, so every point of the search is a valid model. Its support moves with θ, so the usual
/// asymptotics fail: standard errors come from the bootstrap only.
/// </summary>
public abstract class BoundedFamily : FitFamily
{
    // The ends stay within [1e-9, 1e3] ranges of the sample: beyond, the search has run off.
    private const double MinLogGap = -20.7;
    private const double MaxLogGap = 6.9;

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["min", "mode", "max"];

    /// <inheritdoc />
    public override bool RequiresPositive => false;

    /// <inheritdoc />
    public override bool IsRegular => false;

    /// <summary>The sample's range x(n) − x(1).</summary>
    /// <exception cref="ArgumentException">The values are all equal.</exception>
    protected static double RangeOf(double[] sorted)
    {
        var range = sorted[^1] - sorted[0];
        return range > 0 ? range : throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
    }

    /// <summary>The ends for the search's (u, v), or null outside the region searched.</summary>
    protected static (double Min, double Max)? Ends(double[] sorted, double range, double u, double v)
        => u < MinLogGap || u > MaxLogGap || v < MinLogGap || v > MaxLogGap
            ? null
            : (sorted[0] - (range * Math.Exp(u)), sorted[^1] + (range * Math.Exp(v)));
}
