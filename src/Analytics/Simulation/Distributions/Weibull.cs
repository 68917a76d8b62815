using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The Weibull distribution with shape k and scale λ: P(X &gt; x) = exp(−(x/λ)^k), e.g. equipment
/// life (k &gt; 1 means wear-out). Sampled by inversion: λ (−ln U)^(1/k).
/// </summary>
public sealed class Weibull : Distribution
{
    /// <summary>Creates Weibull(shape <paramref name="shape"/>, scale <paramref name="scale"/>).</summary>
    /// <param name="shape">Shape k: a finite number &gt; 0.</param>
    /// <param name="scale">Scale λ: a finite number &gt; 0 (same unit as the variable, e.g. years).</param>
    public Weibull(double shape, double scale)
    {
        Shape = Preconditions.Positive(shape);
        Scale = Preconditions.Positive(scale);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale λ.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public override double Mean => Scale * MathNet.Numerics.SpecialFunctions.Gamma(1 + (1 / Shape));

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var g1 = MathNet.Numerics.SpecialFunctions.Gamma(1 + (1 / Shape));
            var g2 = MathNet.Numerics.SpecialFunctions.Gamma(1 + (2 / Shape));
            return Scale * Scale * (g2 - (g1 * g1));
        }
    }

    /// <inheritdoc />
    public override double Minimum => 0;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x) => x <= 0 ? 0 : -Elementary.ExpM1(-Math.Pow(x / Scale, Shape));

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Scale * Math.Pow(-Math.Log(rng.NextOpenDouble()), 1 / Shape);

    /// <inheritdoc />
    public override string ToString() => $"Weibull(shape {Format(Shape)}, scale {Format(Scale)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => Scale * Math.Pow(-Elementary.Log1P(-probability), 1 / Shape);
}
