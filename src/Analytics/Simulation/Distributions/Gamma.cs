using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The gamma distribution with shape k and scale θ (mean kθ). Sampled exactly with Marsaglia and
/// Tsang's (2000) squeeze method (about 1.03 normals per draw); shapes below 1 use the boost
/// Gamma(k + 1) · U^(1/k).
/// </summary>
public sealed class Gamma : Distribution
{
    /// <summary>Creates Gamma(shape <paramref name="shape"/>, scale <paramref name="scale"/>).</summary>
    /// <param name="shape">Shape k: a finite number &gt; 0.</param>
    /// <param name="scale">Scale θ: a finite number &gt; 0 (same unit as the variable).</param>
    public Gamma(double shape, double scale)
    {
        Shape = Preconditions.Positive(shape);
        Scale = Preconditions.Positive(scale);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale θ.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public override double Mean => Shape * Scale;

    /// <inheritdoc />
    public override double Variance => Shape * Scale * Scale;

    /// <inheritdoc />
    public override double Minimum => 0;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x) => x <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(Shape, x / Scale);

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Scale * SampleStandard(ref rng, Shape);

    /// <summary>One draw of Gamma(shape, 1) (shape &gt; 0, not checked: hot path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SampleStandard<TRandom>(ref TRandom rng, double shape)
        where TRandom : struct, IRandomSource
    {
        if (shape < 1)
        {
            return SampleStandard(ref rng, shape + 1) * Math.Pow(rng.NextOpenDouble(), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        return SampleMarsagliaTsang(ref rng, d, 1 / Math.Sqrt(9 * d));
    }

    /// <summary>
    /// Marsaglia and Tsang's squeeze method for Gamma(shape, 1), shape &gt;= 1, from its constants
    /// d = shape − 1/3 and c = 1/√(9d): a loop drawing many values of one shape (a Beta input's
    /// column) works them out once instead of a square root and a division per draw.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double SampleMarsagliaTsang<TRandom>(ref TRandom rng, double d, double c)
        where TRandom : struct, IRandomSource
    {
        while (true)
        {
            double x, v;
            do
            {
                x = StandardNormal.Sample(ref rng);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextOpenDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>ln of one Gamma(shape, 1) draw, without underflow for small shapes (shape &gt; 0, not checked).</summary>
    internal static double SampleLogStandard<TRandom>(ref TRandom rng, double shape)
        where TRandom : struct, IRandomSource
        => shape < 1
            ? Math.Log(SampleStandard(ref rng, shape + 1)) + (Math.Log(rng.NextOpenDouble()) / shape)
            : Math.Log(SampleStandard(ref rng, shape));

    /// <inheritdoc />
    public override string ToString() => $"Gamma(shape {Format(Shape)}, scale {Format(Scale)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
        => MathNet.Numerics.Distributions.Gamma.InvCDF(Shape, 1 / Scale, probability);
}
