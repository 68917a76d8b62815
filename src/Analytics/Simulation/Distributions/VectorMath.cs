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

    // Beyond this range 2^k would leave the normal exponents: such lanes use Math.Exp instead.
    private const double Lowest = -708.0;
    private const double Highest = 709.0;

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
    /// e^x per lane, within 2 ulp of the exact value: x = k ln 2 + r with |r| &lt;= ln 2 / 2, e^r by its
    /// Taylor polynomial of degree 13 (truncation below 5e-18) evaluated with fused multiply-adds,
    /// then scaled by 2^k exactly. Lanes outside [−708, 709] (and NaN) are computed by Math.Exp.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var k = Vector512.Round(x * Log2E);
        var r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Hi), x);
        r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Lo), r);
        var p = Vector512.Create(1.0 / 6227020800.0); // 1/13!
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 479001600.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 39916800.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 3628800.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 362880.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 40320.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 5040.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 720.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 120.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 24.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 6.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(0.5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0));
        var inRange = Vector512.GreaterThanOrEqual(x, Vector512.Create(Lowest)) & Vector512.LessThanOrEqual(x, Vector512.Create(Highest));
        var safeK = Vector512.ConditionalSelect(inRange, k, Vector512<double>.Zero);
        var scale = Vector512.ShiftLeft(Vector512.ConvertToInt64(safeK) + Vector512.Create(1023L), 52).AsDouble();
        var result = p * scale;
        return Vector512.ExtractMostSignificantBits(inRange) == 0xFF ? result : OutOfRange(x, result, inRange);
    }

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
    private static Vector512<double> OutOfRange(Vector512<double> x, Vector512<double> result, Vector512<double> inRange)
    {
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        result.CopyTo(lanes);
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
