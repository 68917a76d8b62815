using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The number of successes in n independent trials of probability p. With fixed parameters it
/// samples by guide-table inversion (one uniform per draw, monotone in the uniform); the static
/// sampler for per-trial parameters uses inversion when n·min(p, 1−p) &lt; 10 and Hörmann's BTRS
/// transformed rejection (1993) otherwise. Both are exact.
/// </summary>
public sealed class Binomial : CountDistribution
{
    /// <summary>Creates Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    /// <param name="n">Number of trials: an integer &gt;= 0.</param>
    /// <param name="p">Success probability: in [0, 1].</param>
    public Binomial(int n, double p)
    {
        N = Preconditions.NonNegative(n);
        P = Preconditions.Probability(p);
        Table = InversionTable.ForCounts(Probability, n * p, Math.Sqrt(n * p * (1 - p)), 0, n);
    }

    /// <summary>The number of trials.</summary>
    public int N { get; }

    /// <summary>The success probability.</summary>
    public double P { get; }

    /// <inheritdoc />
    public override double Mean => N * P;

    /// <inheritdoc />
    public override double Variance => N * P * (1 - P);

    /// <inheritdoc />
    public override int MinimumCount => 0;

    /// <inheritdoc />
    public override int MaximumCount => N;

    /// <inheritdoc />
    public override bool IsConstant => N == 0 || P is 0 or 1;

    /// <inheritdoc />
    public override double Probability(int k)
    {
        if (k < 0 || k > N)
        {
            return 0;
        }

        if (P == 0 || P == 1)
        {
            return (P == 0 ? k == 0 : k == N) ? 1 : 0;
        }

        return Math.Exp(LogFactorial.Of(N) - LogFactorial.Of(k) - LogFactorial.Of(N - k) + (k * Math.Log(P)) + ((N - k) * Math.Log(1 - P)));
    }

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (x < 0)
        {
            return 0;
        }

        var k = Math.Floor(x);
        return k >= N ? 1 : P == 0 ? 1 : P == 1 ? 0 : SpecialFunctions.BetaRegularized(N - k, k + 1, 1 - P);
    }

    /// <inheritdoc />
    public override int SampleCount<TRandom>(ref TRandom rng)
        => Table is not null ? Table.Find(rng.NextDouble()) : Sample(ref rng, N, P);


    /// <summary>
    /// One draw of Binomial(<paramref name="n"/>, <paramref name="p"/>) for parameters that change per
    /// trial (n &gt;= 0 and p in [0, 1], not checked: hot path).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Sample<TRandom>(ref TRandom rng, int n, double p)
        where TRandom : struct, IRandomSource
    {
        if (n == 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // Work with the smaller of p and 1 − p, then reflect.
        var flip = p > 0.5;
        var q = flip ? 1 - p : p;
        var k = n * q < 10 ? SampleByInversion(ref rng, n, q) : SampleBtrs(ref rng, n, q);
        return flip ? n - k : k;
    }

    /// <inheritdoc />
    public override string ToString() => $"Binomial(n {Format(N)}, p {Format(P)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
    {
        if (Table is not null)
        {
            return Table.Quantile(probability);
        }

        return BisectQuantile(probability, 0, N); // very large n only: no table
    }

    // Sequential search from 0 (p <= 0.5, n p < 10: a few steps). One uniform per draw.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SampleByInversion<TRandom>(ref TRandom rng, int n, double p)
        where TRandom : struct, IRandomSource
    {
        var odds = p / (1 - p);
        var start = IntegerPower(1 - p, n);
        var local = rng; // in registers: the caller's variable is only written back
        while (true)
        {
            var u = local.NextDouble();
            var f = start;
            var cumulative = f;
            var k = 0;
            while (u >= cumulative && k < n)
            {
                f *= odds * (n - k) / (k + 1);
                k++;
                cumulative += f;
            }

            if (u < cumulative)
            {
                rng = local;
                return k;
            }

            // Rounding left u above the computed total mass (probability ~1e-15): draw again.
        }
    }

    // x^n by repeated squaring: a few multiplications instead of a library pow call per draw.
    private static double IntegerPower(double x, int n)
    {
        var result = 1.0;
        while (n > 0)
        {
            if ((n & 1) != 0)
            {
                result *= x;
            }

            x *= x;
            n >>= 1;
        }

        return result;
    }

    // Hörmann (1993), "The generation of binomial random variates", algorithm BTRS; p <= 0.5, n p >= 10.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SampleBtrs<TRandom>(ref TRandom rng, int n, double p)
        where TRandom : struct, IRandomSource
    {
        var spq = Math.Sqrt(n * p * (1 - p));
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var vr = 0.92 - (4.2 / b);
        double alpha = 0, lpq = 0, h = 0, m = 0;
        var setUp = false;
        var local = rng; // in registers: the caller's variable is only written back
        while (true)
        {
            var u = local.NextDouble() - 0.5;
            var v = local.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            if (us >= 0.07 && v <= vr)
            {
                rng = local;
                return (int)k;
            }

            if (!setUp)
            {
                alpha = (2.83 + (5.1 / b)) * spq;
                lpq = Math.Log(p / (1 - p));
                m = Math.Floor((n + 1) * p);
                h = LogFactorial.Of(m) + LogFactorial.Of(n - m);
                setUp = true;
            }

            v *= alpha / ((a / (us * us)) + b);
            if (Math.Log(v) <= h - LogFactorial.Of(k) - LogFactorial.Of(n - k) + ((k - m) * lpq))
            {
                rng = local;
                return (int)k;
            }
        }
    }
}
