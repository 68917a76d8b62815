using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The standard normal N(0, 1): a fast exact sampler (Marsaglia and Tsang's 256-layer ziggurat,
/// 2000, with Marsaglia's exact tail method), Wichura's AS 241 quantile function (relative error
/// about 1e-16) and the CDF. One 64-bit draw serves a normal about 98.8% of the time: the low 8
/// bits pick the layer and the top 53 bits give the abscissa, so the two are independent.
/// </summary>
public static class StandardNormal
{
    /// <summary>The right end of the base layer, R (Marsaglia and Tsang, 2000, 256 layers).</summary>
    internal const double TailStart = 3.6541528853610088;

    /// <summary>
    /// No draw is larger in magnitude: the layers give |z| &lt; R, and the tail gives R + x with
    /// x = −ln(U) / R, U &gt;= 2^−54 (an open uniform), so x &lt;= 54 ln 2 / R &lt; 10.3.
    /// </summary>
    internal const double MaxMagnitude = 14.0;

    private const int Layers = 256;
    private const double SqueezeMargin = 1e-12;
    private const double TwoPowMinus52 = 1.0 / (1UL << 52);

    // X[i]: right edge of layer i (X[0] = V / f(R) is the base layer's pseudo-width, X[256] = 0).
    // F[i] = f(X[i]) with f(x) = exp(-x^2 / 2). Ratio[i] = X[i + 1] / X[i]: below it a point of
    // layer i lies under the curve whatever its height, the fast path.
    private static readonly double[] X = new double[Layers + 1];
    private static readonly double[] F = new double[Layers + 1];
    private static readonly double[] Ratio = new double[Layers];

    // Slope of the chord from (X[i+1], F[i+1]) to (X[i], F[i]), for the wedge test's squeeze.
    private static readonly double[] ChordSlope = new double[Layers];

    // (Ratio[i], X[i]) side by side: the fast path's two numbers for layer i in one 16-byte load.
    private static readonly double[] RatioAndEdge = new double[2 * Layers];

    /// <summary>The common area V of the 256 layers under f(x) = exp(-x^2/2) (base layer includes the tail).</summary>
    internal static double LayerArea { get; }

#pragma warning disable CA1810 // The tables depend on each other; a static constructor says so plainly.
    static StandardNormal()
#pragma warning restore CA1810
    {
        // V from R exactly: the base rectangle plus the tail area beyond R.
        var r = TailStart;
        var v = (r * Density(r)) + (Math.Sqrt(Math.PI / 2) * SpecialFunctions.Erfc(r / Math.Sqrt(2)));
        LayerArea = v;
        X[0] = v / Density(r);
        X[1] = r;
        for (var i = 1; i < Layers - 1; i++)
        {
            X[i + 1] = Math.Sqrt(-2 * Math.Log((v / X[i]) + Density(X[i])));
        }

        X[Layers] = 0;
        for (var i = 0; i <= Layers; i++)
        {
            F[i] = Density(X[i]);
        }

        for (var i = 0; i < Layers; i++)
        {
            Ratio[i] = X[i + 1] / X[i];
            ChordSlope[i] = (F[i] - F[i + 1]) / (X[i] - X[i + 1]);
            RatioAndEdge[2 * i] = Ratio[i];
            RatioAndEdge[(2 * i) + 1] = X[i];
        }
    }

    /// <summary>Layer edges, for tests of the ziggurat's construction.</summary>
    internal static ReadOnlySpan<double> LayerEdges => X;

    /// <summary>For layer i, elements 2i and 2i + 1: the fast path's acceptance bound X[i+1]/X[i] and the layer's edge X[i] (see <see cref="ZigguratRows"/>).</summary>
    internal static ReadOnlySpan<double> FastPathTable => RatioAndEdge;

    /// <summary>One standard normal draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sample<TRandom>(ref TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var bits = rng.NextUInt64();
        var i = (int)(bits & 0xFF);
        var u = Abscissa(bits);
        ref var ratio = ref MemoryMarshal.GetArrayDataReference(Ratio);
        if (Math.Abs(u) < Unsafe.Add(ref ratio, i))
        {
            return u * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(X), i);
        }

        return SampleSlow(ref rng, i, u);
    }

    /// <summary>Fills <paramref name="destination"/> with independent standard normal draws (the same values as repeated <see cref="Sample{TRandom}(ref TRandom)"/> calls).</summary>
    /// <remarks>Inlined into callers: the compound-sum kernel calls it once per trial, often for a handful of draws.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fill<TRandom>(ref TRandom rng, Span<double> destination)
        where TRandom : struct, IRandomSource
    {
        // The generator is copied into a local so its state stays in registers; it goes back to
        // the caller's variable around the (rare) slow path and at the end.
        var local = rng;
        ref var ratio = ref MemoryMarshal.GetArrayDataReference(Ratio);
        ref var x = ref MemoryMarshal.GetArrayDataReference(X);
        ref var target = ref MemoryMarshal.GetReference(destination);
        for (var k = 0; k < destination.Length; k++)
        {
            var bits = local.NextUInt64();
            var i = (int)(bits & 0xFF);
            var u = Abscissa(bits);
            if (Math.Abs(u) < Unsafe.Add(ref ratio, i))
            {
                Unsafe.Add(ref target, k) = u * Unsafe.Add(ref x, i);
                continue;
            }

            rng = local;
            Unsafe.Add(ref target, k) = SampleSlow(ref rng, i, u);
            local = rng;
        }

        rng = local;
    }

    /// <summary>Φ(x) = P(Z &lt;= x), accurate in both tails (via erfc).</summary>
    public static double Cdf(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));

    /// <summary>
    /// Φ⁻¹(p) by Wichura's algorithm AS 241 (PPND16, 1988), relative error about 1e-16.
    /// Returns negative/positive infinity at p = 0 / 1; p must lie in [0, 1].
    /// </summary>
    public static double InverseCdf(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), $"p must be a probability in [0, 1]; was {p.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Horner(CentralNumerator, r) / Horner(CentralDenominator, r);
        }

        var t = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var value = t <= 5
            ? Horner(NearNumerator, t - 1.6) / Horner(NearDenominator, t - 1.6)
            : Horner(FarNumerator, t - 5) / Horner(FarDenominator, t - 5);
        return q < 0 ? -value : value;
    }

    private static double Density(double x) => Math.Exp(-0.5 * x * x);

    // The top 53 bits as a uniform in [-1, 1) (exact: the product is a power-of-two scaling, the
    // subtraction rounds once); independent of the low 8 bits that pick the layer.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Abscissa(ulong bits) => Math.FusedMultiplyAdd((long)(bits >> 11), TwoPowMinus52, -1.0);

    /// <summary>
    /// The wedge test for the candidate <paramref name="x"/> = u·X[i] of layer <paramref name="i"/>
    /// (1..255) that the fast path rejected: whether the point at height F[i] + (F[i+1] − F[i])·uniform
    /// lies under the density. If not, the draw starts again with a fresh word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool WedgeAccepts(int i, double x, double uniform)
        => UnderCurve(i, Math.Abs(x), F[i] + ((F[i + 1] - F[i]) * uniform));

    // The wedge test y < f(t), t = |x| in [X[i+1], X[i]], mostly without the exponential: where f
    // is convex (t >= 1) it lies below the chord through the layer's corners and above its tangent
    // at X[i]; where concave (t <= 1), the other way round. A point clearly below the lower line is
    // under the curve, one clearly above the upper line is not; only the thin band between (and
    // layers that straddle t = 1) pays for exp. "Clearly" is a relative margin of 1e-12, far above
    // the rounding of both sides, so every answer is the one the exact comparison gives.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool UnderCurve(int i, double t, double y)
    {
        var chord = F[i + 1] + (ChordSlope[i] * (t - X[i + 1]));
        var tangent = F[i] * (1 - (X[i] * (t - X[i])));
        var margin = SqueezeMargin * F[i + 1];
        var (lower, upper) = X[i + 1] >= 1 ? (tangent, chord) : X[i] <= 1 ? (chord, tangent) : (double.NegativeInfinity, double.PositiveInfinity);
        if (y < lower - margin)
        {
            return true;
        }

        return !(y >= upper + margin) && y < Density(t);
    }

    // AS 241 coefficients, constant term first (Wichura, 1988, Applied Statistics 37(3), 477-484).
    private static readonly double[] CentralNumerator =
    [
        3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4,
        4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3,
    ];

    private static readonly double[] CentralDenominator =
    [
        1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
        2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3,
    ];

    private static readonly double[] NearNumerator =
    [
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
        1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
    ];

    private static readonly double[] NearDenominator =
    [
        1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
    ];

    private static readonly double[] FarNumerator =
    [
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static readonly double[] FarDenominator =
    [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
    ];

    private static double Horner(double[] coefficients, double x)
    {
        var value = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--)
        {
            value = (value * x) + coefficients[i];
        }

        return value;
    }

    /// <summary>
    /// The draw that began with layer <paramref name="i"/> and abscissa <paramref name="u"/> when the
    /// fast path rejected them: the wedge or tail test, drawing more from <paramref name="rng"/> as
    /// needed. The same code serves <see cref="Sample{TRandom}(ref TRandom)"/> and <see cref="ZigguratRows"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    internal static double SampleSlow<TRandom>(ref TRandom rng, int i, double u)
        where TRandom : struct, IRandomSource
    {
        while (true)
        {
            var x = u * X[i];
            if (i == 0)
            {
                // Base layer outside [−R, R]: Marsaglia's (1964) exact method for the tail beyond R.
                double tx, ty;
                do
                {
                    tx = -Math.Log(rng.NextOpenDouble()) / TailStart;
                    ty = -Math.Log(rng.NextOpenDouble());
                }
                while (ty + ty < tx * tx);

                return u < 0 ? -(TailStart + tx) : TailStart + tx;
            }

            if (WedgeAccepts(i, x, rng.NextDouble()))
            {
                return x;
            }

            // Rejected: a fresh draw (same steps as the fast path).
            var bits = rng.NextUInt64();
            i = (int)(bits & 0xFF);
            u = Abscissa(bits);
            if (Math.Abs(u) < Ratio[i])
            {
                return u * X[i];
            }
        }
    }
}
