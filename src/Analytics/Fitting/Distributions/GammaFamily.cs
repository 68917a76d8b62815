using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The gamma family, θ = (shape k, scale s), mean k·s (the scenario's parameterisation; MathNet's
/// Gamma takes a rate 1/s). The maximum-likelihood shape solves ln k − ψ(k) = ln(mean x) − mean(ln x)
/// (Brent's method, started from the Choi-Wette approximation); the scale is then mean x / k.
/// </summary>
public sealed class GammaFamily : FitFamily
{
    /// <inheritdoc />
    public override string Name => "gamma";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "scale"];

    /// <inheritdoc />
    public override bool RequiresPositive => true;

    /// <inheritdoc />
    public override string Method => "the shape solves ln k - digamma(k) = ln(mean x) - mean(ln x) (Brent's method); scale = mean x / k";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var mean = sorted.Average();
        var s = Math.Log(mean) - sorted.Average(x => Math.Log(x));
        if (!(s > 1e-12))
        {
            throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
        }

        // Choi and Wette's (1969) approximation: within a few percent of the root.
        var start = (3 - s + Math.Sqrt(((s - 3) * (s - 3)) + (24 * s))) / (12 * s);
        var shape = PositiveRoot.Find(k => Math.Log(k) - SpecialFunctions.DiGamma(k) - s, start);
        return [shape, mean / shape];
    }

    /// <inheritdoc />
    public override double LogDensity(double[] theta, double x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (shape, scale) = (theta[0], theta[1]);
        if (!(shape > 0) || !(scale > 0) || !(x > 0))
        {
            return double.NegativeInfinity;
        }

        return ((shape - 1) * Math.Log(x)) - (x / scale) - (shape * Math.Log(scale)) - SpecialFunctions.GammaLn(shape);
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new Gamma(theta[0], theta[1]);
    }
}
