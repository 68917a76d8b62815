using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>The normal family, θ = (mean, sd); maximum likelihood in closed form (sd with divisor n).</summary>
public sealed class NormalFamily : FitFamily
{
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <inheritdoc />
    public override string Name => "normal";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["mean", "sd"];

    /// <inheritdoc />
    public override bool RequiresPositive => false;

    /// <inheritdoc />
    public override string Method => "closed form: the sample mean and the standard deviation with divisor n";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / sorted.Count);
        return sd > 0 ? [mean, sd] : throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
    }

    /// <inheritdoc />
    public override double LogDensity(double[] theta, double x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (mean, sd) = (theta[0], theta[1]);
        if (!(sd > 0))
        {
            return double.NegativeInfinity;
        }

        var z = (x - mean) / sd;
        return -HalfLogTwoPi - Math.Log(sd) - (0.5 * z * z);
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new Normal(theta[0], theta[1]);
    }
}
