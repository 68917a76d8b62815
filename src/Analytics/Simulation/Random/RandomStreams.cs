using System.Text;

namespace Analytics.Simulation.Random;

/// <summary>
/// Derives independent generator seeds from (run seed, block index, stream key). Trials are run
/// in fixed blocks; each block, and each named variable within it, draws from its own stream, so
/// a result does not depend on how many threads ran the blocks, and two scenarios that differ in
/// one variable still share the draws of all the others (common random numbers).
/// </summary>
public static class RandomStreams
{
    /// <summary>A stable 64-bit key for a variable name (FNV-1a over UTF-8, then mixed): the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static ulong Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return SplitMix64.Mix(hash);
    }

    /// <summary>The seed of the stream for <paramref name="key"/> in block <paramref name="block"/> of a run seeded <paramref name="seed"/>.</summary>
    public static ulong Seed(ulong seed, ulong block, ulong key)
    {
        // Chained mixing (not XOR of the parts) so that no two (seed, block, key) triples collide
        // by construction, e.g. (s, b, k) and (s ^ d, b ^ d, k).
        var h = SplitMix64.Mix(seed + 0x9E3779B97F4A7C15UL);
        h = SplitMix64.Mix(h ^ (block + 0xD1B54A32D192ED03UL));
        return SplitMix64.Mix(h ^ key);
    }

    /// <summary>A generator for the stream named <paramref name="name"/> in a block.</summary>
    public static Xoshiro256StarStar Create(ulong seed, ulong block, string name)
        => new(Seed(seed, block, Key(name)));
}
