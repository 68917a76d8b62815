using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Analytics.Simulation.Random;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a fast 64-bit mixer used to expand one seed into the
/// state of a <see cref="Xoshiro256StarStar"/> (as Blackman and Vigna recommend) and to derive
/// independent stream seeds.
/// </summary>
public struct SplitMix64
{
    /// <summary>The golden-ratio increment the state advances by at each output.</summary>
    internal const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>Starts the sequence at <paramref name="seed"/> (any value, zero included).</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>
    /// Outputs <paramref name="index"/> (0-based) of the sequence started at <paramref name="seed"/>,
    /// for 8 indices at once: lane l equals the (index[l] + 1)-th <see cref="Next"/> of
    /// <c>new SplitMix64(seed)</c>. SplitMix64 is a counter mixed by a bijection, so any output can
    /// be computed without the ones before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<ulong> At(ulong seed, Vector512<ulong> index)
        => Mix(Vector512.Create(seed) + ((index + Vector512<ulong>.One) * Gamma));

    /// <summary>Output <paramref name="index"/> (0-based) of the sequence started at <paramref name="seed"/>: the (index + 1)-th <see cref="Next"/>.</summary>
    internal static ulong At(ulong seed, ulong index) => Mix(seed + ((index + 1) * Gamma));

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of all 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// <see cref="Mix(ulong)"/> applied to each of 8 lanes: lane l of the result equals
    /// <c>Mix(z[l])</c> bit for bit (the multiplications wrap modulo 2^64 in both).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<ulong> Mix(Vector512<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }
}
