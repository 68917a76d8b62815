using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The Poisson distribution with the given mean (e.g. leads in a year). With a fixed mean it
/// samples by guide-table inversion (one uniform per draw, monotone in the uniform); the static
/// sampler for per-trial means uses inversion below a mean of 10 and Hörmann's PTRS transformed
/// rejection (1993) above. Both are exact.
/// </summary>
public sealed class Poisson : CountDistribution
{
    /// <summary>Creates Poisson(<paramref name="mean"/>).</summary>
    /// <param name="mean">The mean λ: a finite number &gt;= 0 and at most 1e9.</param>
    public Poisson(double mean)
    {
        Lambda = Preconditions.InRange(mean, 0, 1e9);
        Table = InversionTable.ForCounts(Probability, mean, Math.Sqrt(mean), 0, int.MaxValue);
    }

    /// <summary>The mean λ.</summary>
    public double Lambda { get; }

    /// <inheritdoc />
    public override double Mean => Lambda;

    /// <inheritdoc />
    public override double Variance => Lambda;

    /// <inheritdoc />
    public override int MinimumCount => 0;

    /// <inheritdoc />
    public override int MaximumCount => int.MaxValue;

    /// <inheritdoc />
    public override bool IsConstant => Lambda == 0;

    /// <inheritdoc />
    public override double Probability(int k)
        => k < 0 ? 0 : Lambda == 0 ? (k == 0 ? 1 : 0) : Math.Exp((k * Math.Log(Lambda)) - Lambda - LogFactorial.Of(k));

    /// <inheritdoc />
    public override double Cdf(double x)
        => x < 0 ? 0 : Lambda == 0 ? 1 : SpecialFunctions.GammaUpperRegularized(Math.Floor(x) + 1, Lambda);

    /// <inheritdoc />
    public override int SampleCount<TRandom>(ref TRandom rng)
        => Table is not null ? Table.Find(rng.NextDouble()) : Sample(ref rng, Lambda);

    /// <summary>One draw of Poisson(<paramref name="mean"/>) for a mean that changes per trial (mean &gt;= 0, not checked: hot path).</summary>
    public static int Sample<TRandom>(ref TRandom rng, double mean)
        where TRandom : struct, IRandomSource
        => mean <= 0 ? 0 : mean < 10 ? SampleByInversion(ref rng, mean) : SamplePtrs(ref rng, mean);

    /// <inheritdoc />
    public override string ToString() => $"Poisson(mean {Format(Lambda)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
    {
        if (Table is not null)
        {
            return Table.Quantile(probability);
        }

        return BisectQuantile(probability, 0, (int)Math.Min(int.MaxValue, Math.Ceiling(Lambda + (40 * Math.Sqrt(Lambda)) + 40)));
    }

    // Sequential search from 0 for a small mean. One uniform per draw.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SampleByInversion<TRandom>(ref TRandom rng, double mean)
        where TRandom : struct, IRandomSource
    {
        var start = Math.Exp(-mean);
        while (true)
        {
            var u = rng.NextDouble();
            var f = start;
            var cumulative = f;
            var k = 0;
            while (u >= cumulative && f > 0)
            {
                k++;
                f *= mean / k;
                cumulative += f;
            }

            if (u < cumulative)
            {
                return k;
            }

            // Rounding left u above the computed total mass (probability ~1e-15): draw again.
        }
    }

    // Hörmann (1993), "The transformed rejection method for generating Poisson random variables", PTRS; mean >= 10.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SamplePtrs<TRandom>(ref TRandom rng, double mean)
        where TRandom : struct, IRandomSource
    {
        var slam = Math.Sqrt(mean);
        var loglam = Math.Log(mean);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invalpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log((a / (us * us)) + b) <= -mean + (k * loglam) - LogFactorial.Of(k))
            {
                return (int)k;
            }
        }
    }
}
