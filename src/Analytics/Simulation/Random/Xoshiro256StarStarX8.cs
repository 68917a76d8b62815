using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Analytics.Simulation.Random;

/// <summary>
/// Eight independent <see cref="Xoshiro256StarStar"/> generators side by side, one per lane of a
/// <see cref="Vector512{T}"/>: lane l produces exactly the sequence of the scalar generator with the
/// same state. The lane count is fixed in code, not chosen by the hardware (where 512-bit vectors
/// are missing, .NET runs the same lane-wise arithmetic in software), so the numbers never depend
/// on the machine. Used to draw the per-trial sub-streams of 8 trials at once: the multiplications
/// by 5 and 9 of the ** scrambler are shifts and adds, so a step is a dozen vector instructions for
/// 8 draws where the scalar generator spends about as many on one.
/// </summary>
/// <remarks>A mutable struct, like the scalar generator: never copy it while drawing.</remarks>
internal struct Xoshiro256StarStarX8
{
    /// <summary>The number of lanes (generators).</summary>
    public const int Lanes = 8;

    private Vector512<ulong> _s0;
    private Vector512<ulong> _s1;
    private Vector512<ulong> _s2;
    private Vector512<ulong> _s3;

    /// <summary>Lane l starts as <c>new Xoshiro256StarStar(seeds[l])</c> (the same SplitMix64 expansion of the seed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Xoshiro256StarStarX8(Vector512<ulong> seeds)
    {
        _s0 = SplitMix64.Mix(seeds + Vector512.Create(SplitMix64.Gamma));
        _s1 = SplitMix64.Mix(seeds + Vector512.Create(unchecked(SplitMix64.Gamma * 2)));
        _s2 = SplitMix64.Mix(seeds + Vector512.Create(unchecked(SplitMix64.Gamma * 3)));
        _s3 = SplitMix64.Mix(seeds + Vector512.Create(unchecked(SplitMix64.Gamma * 4)));
    }

    /// <summary>Sets the raw state of every lane (for reference test vectors); no lane's state may be all zero.</summary>
    public Xoshiro256StarStarX8(Vector512<ulong> s0, Vector512<ulong> s1, Vector512<ulong> s2, Vector512<ulong> s3)
    {
        if (Vector512.EqualsAny(s0 | s1 | s2 | s3, Vector512<ulong>.Zero))
        {
            throw new ArgumentException("No lane's xoshiro256** state may be all zero (that lane would only return zeros).", nameof(s0));
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>
    /// Writes the next draws of all lanes as rows: row j (elements [8j, 8j + 8) of
    /// <paramref name="rows"/>) holds each lane's j-th next draw, lane l at 8j + l. The length must
    /// be a multiple of <see cref="Lanes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(Span<ulong> rows)
    {
        if (rows.Length % Lanes != 0)
        {
            throw new ArgumentException($"rows must hold whole rows of {Lanes}; had {rows.Length} elements.", nameof(rows));
        }

        // The state lives in registers for the loop and goes back to the fields at the end.
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        ref var target = ref MemoryMarshal.GetReference(rows);
        for (nuint j = 0; j < (nuint)rows.Length; j += Lanes)
        {
            var result = RotateLeft((s1 << 2) + s1, 7); // rotl(s1 * 5, 7)
            ((result << 3) + result).StoreUnsafe(ref target, j); // * 9
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>A scalar generator at lane <paramref name="lane"/>'s current state: it continues that lane's sequence.</summary>
    public readonly Xoshiro256StarStar Lane(int lane)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lane);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lane, Lanes);
        return new(_s0.GetElement(lane), _s1.GetElement(lane), _s2.GetElement(lane), _s3.GetElement(lane));
    }

    // One instruction where AVX-512 has it (vprolq); the same bits from two shifts elsewhere.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> RotateLeft(Vector512<ulong> x, [ConstantExpected(Min = 1, Max = 63)] byte count)
        => Avx512F.IsSupported ? Avx512F.RotateLeft(x, count) : (x << count) | (x >>> (64 - count));
}
