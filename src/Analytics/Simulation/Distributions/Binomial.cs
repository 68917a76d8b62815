using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The number of successes in n independent trials of probability p. With fixed parameters it
/// samples by guide-table inversion (one uniform per draw, monotone in the uniform). The static
/// sampler for per-trial parameters inverts one uniform by a search from 0 when
/// n·min(p, 1−p) &lt; <see cref="InversionLimit"/> (so for a given uniform the count never falls as p
/// rises), and uses Hörmann's BTRS transformed rejection (1993) above that, which takes a variable
/// number of uniforms and so is coupled across p only in distribution. Both are exact.
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
    /// Largest n·min(p, 1−p) (exclusive) the per-trial sampler inverts: there the search starts at
    /// (1 − q)^n &gt;= e^−555, still a normal double, and takes at most a few hundred steps.
    /// </summary>
    public const double InversionLimit = 400;

    /// <summary>Whether <see cref="SampleByInversion(double, int, double)"/> applies: n·min(p, 1−p) &lt; <see cref="InversionLimit"/>.</summary>
    /// <param name="n">Number of trials (&gt;= 0).</param>
    /// <param name="p">Success probability (in [0, 1]).</param>
    public static bool IsInvertible(int n, double p) => n * Math.Min(p, 1 - p) < InversionLimit;

    /// <summary>
    /// One draw of Binomial(<paramref name="n"/>, <paramref name="p"/>) for parameters that change per
    /// trial (n &gt;= 0 and p in [0, 1], not checked: hot path). One uniform by
    /// <see cref="SampleByInversion(double, int, double)"/> when <see cref="IsInvertible"/>, else BTRS
    /// (a variable number of uniforms).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Sample<TRandom>(ref TRandom rng, int n, double p)
        where TRandom : struct, IRandomSource
    {
        if (IsInvertible(n, p))
        {
            return Invert(rng.NextDouble(), n, p);
        }

        // BTRS on the smaller of p and 1 − p, then reflected (no coupling to preserve here).
        var flip = p > 0.5;
        var k = SampleBtrs(ref rng, n, flip ? 1 - p : p);
        return flip ? n - k : k;
    }

    /// <summary>
    /// The inverse of the cdf at <paramref name="u"/>: the smallest k with F(k) &gt; u, so a uniform
    /// u gives an exact draw, and for a fixed u the count is non-decreasing in
    /// <paramref name="p"/> (a higher p never gives fewer successes).
    /// </summary>
    /// <param name="u">The uniform, in [0, 1).</param>
    /// <param name="n">Number of trials (&gt;= 0).</param>
    /// <param name="p">Success probability (in [0, 1]), with n·min(p, 1−p) &lt; <see cref="InversionLimit"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">n·min(p, 1−p) is not below <see cref="InversionLimit"/>.</exception>
    public static int SampleByInversion(double u, int n, double p)
    {
        if (!IsInvertible(n, p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), $"n·min(p, 1 − p) must be below {InversionLimit} for inversion; was {Format(n)} · {Format(Math.Min(p, 1 - p))}.");
        }

        return Invert(u, n, p);
    }

    /// <summary>
    /// Trial <paramref name="t"/>'s count for (n, p) from its uniform <paramref name="u"/>, which the
    /// caller draws in every trial so that trial t always gets the t-th uniform of its stream:
    /// <paramref name="u"/> inverted below the limit, else a rejection draw from the trial's own
    /// sub-stream (output t of SplitMix64 from <paramref name="rejectionSeed"/>), so no trial's
    /// parameters move another trial's draw.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SampleCoupled(double u, ulong rejectionSeed, int t, int n, double p)
        => IsInvertible(n, p) ? Invert(u, n, p) : SampleOwnStream(rejectionSeed, t, n, p);

    // Rare (n·min(p, 1 − p) >= the limit): kept out of line so the inversion path stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SampleOwnStream(ulong rejectionSeed, int t, int n, double p)
    {
        var own = new Xoshiro256StarStar(SplitMix64.At(rejectionSeed, (ulong)t));
        return Sample(ref own, n, p);
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

    // SampleByInversion without the limit check (callers have made it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Invert(double u, int n, double p)
    {
        if (n == 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // Above 1/2 search the count of failures, Y ~ Binomial(n, 1 − p), from the other end:
        // X = n − min{j : G(j) >= 1 − u} equals min{k : F(k) > u}, so the count is the same
        // function of u on both sides of 1/2 (with u itself it would fall as p rose past 1/2).
        // u >= F(k) is the same test as BitIncrement(u) > F(k): both branches search "w > G".
        return p > 0.5
            ? n - SearchFromZero(1 - u, n, 1 - p)
            : SearchFromZero(Math.BitIncrement(u), n, p);
    }

    // The smallest j with G(j) >= w, G the cdf of Binomial(n, q), q <= 1/2, n q < InversionLimit:
    // a sequential search from 0 (about n q + a few sd steps).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SearchFromZero(double w, int n, double q)
    {
        var odds = q / (1 - q);
        var f = IntegerPower(1 - q, n);
        var cumulative = f;
        var j = 0;
        while (w > cumulative && j < n)
        {
            f *= odds * (n - j) / (j + 1);
            j++;
            var next = cumulative + f;
            if (next == cumulative)
            {
                // Past the mode the terms no longer change the sum: w lies in the gap (below
                // 1e-15) that rounding left under 1, or w is 1; stop in the far tail.
                break;
            }

            cumulative = next;
        }

        return j;
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
