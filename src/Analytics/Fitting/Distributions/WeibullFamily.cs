using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The Weibull family, θ = (shape k, scale λ), P(X &gt; x) = exp(−(x/λ)^k). The maximum-likelihood
/// shape solves Σ x^k ln x / Σ x^k − 1/k = mean(ln x) (increasing in k; Brent's method, on x over its
/// geometric mean and with the largest power factored out, so nothing overflows); then
/// λ = (mean x^k)^(1/k).
/// </summary>
public sealed class WeibullFamily : FitFamily
{
    /// <inheritdoc />
    public override string Name => "weibull";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "scale"];

    /// <inheritdoc />
    public override bool RequiresPositive => true;

    /// <inheritdoc />
    public override string Method => "the shape solves sum x^k ln x / sum x^k - 1/k = mean(ln x) (Brent's method); scale = (mean x^k)^(1/k)";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var logs = sorted.Select(x => Math.Log(x)).ToArray();
        var meanLog = logs.Average();
        var centred = logs.Select(l => l - meanLog).ToArray();   // ln(x / geometric mean), mean 0
        if (!(centred.Max() > 1e-12))
        {
            throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
        }

        var shape = PositiveRoot.Find(k => WeightedMeanLog(centred, k) - (1 / k), 1);
        var scale = Math.Exp(meanLog + ((LogSumExp(centred, shape) - Math.Log(centred.Length)) / shape));
        return [shape, scale];
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

        var lz = Math.Log(x / scale);
        return Math.Log(shape / scale) + ((shape - 1) * lz) - Math.Exp(shape * lz);
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new Weibull(theta[0], theta[1]);
    }

    // Σ y^k ln y / Σ y^k with y = e^l, weights scaled by the largest so none overflows.
    private static double WeightedMeanLog(double[] l, double k)
    {
        var top = l.Max() * k;
        double weights = 0, weighted = 0;
        foreach (var v in l)
        {
            var w = Math.Exp((k * v) - top);
            weights += w;
            weighted += w * v;
        }

        return weighted / weights;
    }

    private static double LogSumExp(double[] l, double k)
    {
        var top = l.Max() * k;
        return top + Math.Log(l.Sum(v => Math.Exp((k * v) - top)));
    }
}
