using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Fitting;

/// <summary>Seeded samples from a known distribution, for the fits' known-truth tests.</summary>
internal static class Draws
{
    /// <summary><paramref name="n"/> draws of <paramref name="distribution"/> from the toolkit's generator seeded <paramref name="seed"/>.</summary>
    public static double[] Of(Distribution distribution, int n, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var x = new double[n];
        distribution.Samples(ref rng, x);
        return x;
    }
}
