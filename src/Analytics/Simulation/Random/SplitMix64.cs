using System.Runtime.CompilerServices;

namespace Analytics.Simulation.Random;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a fast 64-bit mixer used to expand one seed into the
/// state of a <see cref="Xoshiro256StarStar"/> (as Blackman and Vigna recommend) and to derive
/// independent stream seeds.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>Starts the sequence at <paramref name="seed"/> (any value, zero included).</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of all 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
