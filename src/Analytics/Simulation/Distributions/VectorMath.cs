using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// Buffer kernels for the hot sampling paths, written once for 8-lane vectors. Every element goes
/// through the same vector code (a short tail is padded into a full vector), so a value's bits
/// never depend on where it sits in a buffer: common random numbers stay bit-identical when other
/// trials' counts change. On hardware without 512-bit vectors .NET runs the same code as two
/// 256-bit halves, with the same per-lane arithmetic.
/// </summary>
internal static class VectorMath
{
    // Cody-Waite split of ln 2 (fdlibm): the high part has 21 trailing zero bits, so k·Ln2Hi is
    // exact for |k| < 2^21 and r = x − k ln 2 keeps full precision.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634074;

    // 1.5·2^52: adding it rounds a double below 2^51 in magnitude to an integer held in the low bits.
    private const double Shifter = 6755399441055744.0;
    private const ulong ExponentBias = 1023;

    // Beyond ±708, 2^k or the result would leave the normal exponents: such lanes use Math.Exp instead.
    private const double Highest = 708.0;

    // Taylor coefficients 1/n! of e^r, written out (not a table) so the JIT embeds them as constants.
    private const double C13 = 1.0 / 6227020800.0;
    private const double C12 = 1.0 / 479001600.0;
    private const double C11 = 1.0 / 39916800.0;
    private const double C10 = 1.0 / 3628800.0;
    private const double C9 = 1.0 / 362880.0;
    private const double C8 = 1.0 / 40320.0;
    private const double C7 = 1.0 / 5040.0;
    private const double C6 = 1.0 / 720.0;
    private const double C5 = 1.0 / 120.0;
    private const double C4 = 1.0 / 24.0;
    private const double C3 = 1.0 / 6.0;
    private const double C2 = 0.5;

    /// <summary>values[i] = exp(mu + sigma · values[i]), in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ExpAffine(Span<double> values, double mu, double sigma)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var length = values.Length;
        var m = Vector512.Create(mu);
        var s = Vector512.Create(sigma);
        var i = 0;
        for (; i <= length - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            var v = Vector512.LoadUnsafe(ref start, (nuint)i);
            Exp(Vector512.FusedMultiplyAdd(v, s, m)).StoreUnsafe(ref start, (nuint)i);
        }

        if (i < length)
        {
            Span<double> pad = stackalloc double[Vector512<double>.Count];
            values[i..].CopyTo(pad);
            var v = Vector512.Create((ReadOnlySpan<double>)pad);
            Exp(Vector512.FusedMultiplyAdd(v, s, m)).CopyTo(pad);
            pad[..(length - i)].CopyTo(values[i..]);
        }
    }

    /// <summary>
    /// e^x per lane, within 2 ulp of the exact value: <see cref="ExpInRange(Vector512{double})"/> for
    /// lanes in [−708, 708]; lanes outside (and NaN) are computed by Math.Exp.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var inRange = Vector512.LessThanOrEqual(Vector512.Abs(x), Vector512.Create(Highest));
        return Vector512.ExtractMostSignificantBits(inRange) == 0xFF ? ExpInRange(x) : OutOfRange(x, inRange);
    }

    /// <summary>
    /// e^x per lane for x in [−708, 708] (not checked: outside it the result is wrong, not an
    /// exception). x = k ln 2 + r with k = round(x / ln 2) and |r| &lt;= ln 2 / 2 (Cody-Waite),
    /// e^r by its Taylor polynomial of degree 13 (truncation below 5e-18) evaluated with fused
    /// multiply-adds, then scaled by 2^k exactly; within 2 ulp of the exact value. No branch and no
    /// call, so a loop around it keeps its vectors in registers. Lane for lane bit-identical to
    /// <see cref="ExpInRange(double)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ExpInRange(Vector512<double> x)
    {
        // shifted = 1.5·2^52 + k: adding the shifter rounds x / ln 2 to the nearest integer k
        // (ties to even) and leaves k in the low bits, where the exponent of 2^k is built from it.
        var shifted = Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(Shifter));
        var k = shifted - Vector512.Create(Shifter);
        var r = Vector512.FusedMultiplyAdd(k, Vector512.Create(-Ln2Hi), x);
        r = Vector512.FusedMultiplyAdd(k, Vector512.Create(-Ln2Lo), r);
        var p = Vector512.FusedMultiplyAdd(Vector512.Create(C13), r, Vector512.Create(C12));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C11));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C10));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C9));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C8));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C7));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C4));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C3));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C2));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);

        var scale = ((shifted.AsUInt64() + Vector512.Create(ExponentBias)) << 52).AsDouble();
        return p * scale;
    }

    /// <summary>The scalar twin of <see cref="ExpInRange(Vector512{double})"/>: the same operations in the same order, so the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ExpInRange(double x)
    {
        var shifted = Math.FusedMultiplyAdd(x, Log2E, Shifter);
        var k = shifted - Shifter;
        var r = Math.FusedMultiplyAdd(k, -Ln2Hi, x);
        r = Math.FusedMultiplyAdd(k, -Ln2Lo, r);
        var p = Math.FusedMultiplyAdd(C13, r, C12);
        p = Math.FusedMultiplyAdd(p, r, C11);
        p = Math.FusedMultiplyAdd(p, r, C10);
        p = Math.FusedMultiplyAdd(p, r, C9);
        p = Math.FusedMultiplyAdd(p, r, C8);
        p = Math.FusedMultiplyAdd(p, r, C7);
        p = Math.FusedMultiplyAdd(p, r, C6);
        p = Math.FusedMultiplyAdd(p, r, C5);
        p = Math.FusedMultiplyAdd(p, r, C4);
        p = Math.FusedMultiplyAdd(p, r, C3);
        p = Math.FusedMultiplyAdd(p, r, C2);
        p = Math.FusedMultiplyAdd(p, r, 1.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0);

        return p * BitConverter.UInt64BitsToDouble((BitConverter.DoubleToUInt64Bits(shifted) + ExponentBias) << 52);
    }

    /// <summary>e^x: <see cref="ExpInRange(double)"/> in [−708, 708], Math.Exp outside (and for NaN); lane for lane the same bits as <see cref="Exp(Vector512{double})"/>.</summary>
    public static double Exp(double x) => Math.Abs(x) <= Highest ? ExpInRange(x) : Math.Exp(x);

    /// <summary>The sum of <paramref name="values"/> in a fixed order (8 lanes, then the rest in turn).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var length = values.Length;
        var i = 0;
        var total = 0.0;
        if (length >= Vector512<double>.Count)
        {
            var a = Vector512<double>.Zero;
            for (; i <= length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                a += Vector512.LoadUnsafe(ref start, (nuint)i);
            }

            total = Vector512.Sum(a);
        }

        for (; i < length; i++)
        {
            total += Unsafe.Add(ref start, i);
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> OutOfRange(Vector512<double> x, Vector512<double> inRange)
    {
        // In-range lanes by the polynomial (out-of-range ones replaced by 0 first, so no garbage
        // exponent is built), the others by Math.Exp.
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        ExpInRange(Vector512.ConditionalSelect(inRange, x, Vector512<double>.Zero)).CopyTo(lanes);
        for (var lane = 0; lane < lanes.Length; lane++)
        {
            if (inRange.AsUInt64().GetElement(lane) == 0)
            {
                lanes[lane] = Math.Exp(x.GetElement(lane));
            }
        }

        return Vector512.Create((ReadOnlySpan<double>)lanes);
    }
}
