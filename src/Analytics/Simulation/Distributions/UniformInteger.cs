using System.Runtime.CompilerServices;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Distributions;

/// <summary>Exactly uniform integers in [0, n) by Lemire's (2019) multiply-and-reject method: no modulo bias.</summary>
internal static class UniformInteger
{
    /// <summary>A uniform integer in [0, <paramref name="n"/>); <paramref name="n"/> must be &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Below<TRandom>(ref TRandom rng, ulong n)
        where TRandom : struct, IRandomSource
    {
        var high = Math.BigMul(rng.NextUInt64(), n, out var low);
        if (low < n)
        {
            var threshold = (0 - n) % n;
            while (low < threshold)
            {
                high = Math.BigMul(rng.NextUInt64(), n, out low);
            }
        }

        return high;
    }
}
