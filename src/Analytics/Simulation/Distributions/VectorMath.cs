using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// Buffer kernels for the hot sampling paths. Every element goes through the same vector code
/// (a short tail is padded into a full vector), so a value's bits never depend on where it sits
/// in a buffer: common random numbers stay bit-identical when other trials' counts change.
/// </summary>
internal static class VectorMath
{
    /// <summary>values[i] = exp(mu + sigma * values[i]), in place.</summary>
    public static void ExpAffine(Span<double> values, double mu, double sigma)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var length = values.Length;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var m = Vector512.Create(mu);
            var s = Vector512.Create(sigma);
            for (; i <= length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)i);
                Vector512.Exp(Vector512.FusedMultiplyAdd(v, s, m)).StoreUnsafe(ref start, (nuint)i);
            }

            if (i < length)
            {
                Span<double> pad = stackalloc double[Vector512<double>.Count];
                values[i..].CopyTo(pad);
                var v = Vector512.Create((ReadOnlySpan<double>)pad);
                Vector512.Exp(Vector512.FusedMultiplyAdd(v, s, m)).CopyTo(pad);
                pad[..(length - i)].CopyTo(values[i..]);
            }

            return;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var m = Vector256.Create(mu);
            var s = Vector256.Create(sigma);
            for (; i <= length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256.Exp(Vector256.FusedMultiplyAdd(v, s, m)).StoreUnsafe(ref start, (nuint)i);
            }

            if (i < length)
            {
                Span<double> pad = stackalloc double[Vector256<double>.Count];
                values[i..].CopyTo(pad);
                var v = Vector256.Create((ReadOnlySpan<double>)pad);
                Vector256.Exp(Vector256.FusedMultiplyAdd(v, s, m)).CopyTo(pad);
                pad[..(length - i)].CopyTo(values[i..]);
            }

            return;
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref start, i) = Math.Exp(Math.FusedMultiplyAdd(Unsafe.Add(ref start, i), sigma, mu));
        }
    }

    /// <summary>The sum of <paramref name="values"/> in a fixed order (8 lanes, then the rest in turn).</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var length = values.Length;
        var i = 0;
        var total = 0.0;
        if (length >= 8 && Vector256.IsHardwareAccelerated)
        {
            var a = Vector256<double>.Zero;
            var b = Vector256<double>.Zero;
            for (; i <= length - 8; i += 8)
            {
                a += Vector256.LoadUnsafe(ref start, (nuint)i);
                b += Vector256.LoadUnsafe(ref start, (nuint)(i + 4));
            }

            total = Vector256.Sum(a + b);
        }

        for (; i < length; i++)
        {
            total += Unsafe.Add(ref start, i);
        }

        return total;
    }
}
